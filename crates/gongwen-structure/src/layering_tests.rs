#![cfg(test)]
//! The crate's layout, checked on its own sources: each stage folder imports only itself
//! and the stages before it ([`STAGES`]), no module imports the crate root, and no module
//! imports another in a loop (read from the `crate::…` paths and the child-module paths
//! of each file's non-test code).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The stage folders in the direction data flows: a module may use its own stage and the
/// ones before it, never a later one.
const STAGES: [&str; 10] = [
    "lex", "text", "parse", "filter", "header", "body", "tail", "tasks", "resolve", "assemble",
];

/// Every source file of the crate: (module path such as "filter::tables", its code without
/// comments and without its test module). Test-only files are left out.
fn modules() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut out = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&root).unwrap_or(&file);
        let mut parts: Vec<String> = rel
            .with_extension("")
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
            parts.pop();
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if text.starts_with("#![cfg(test)]") {
            continue;
        }
        out.insert(parts.join("::"), code_of(&text));
    }
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file before its `#[cfg(test)]` module, comments removed.
fn code_of(text: &str) -> String {
    let end = text.find("#[cfg(test)]\nmod tests").unwrap_or(text.len());
    text[..end]
        .lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths named after `crate::` (expanding one level of `{a, b::c}`), and after each
/// name `child::` where `child` is a module under `module`.
fn paths_in(module: &str, code: &str, known: &BTreeSet<String>) -> Vec<Vec<String>> {
    let ident = |s: &str| -> usize {
        s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(s.len())
    };
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(pos) = rest.find("crate::") {
        rest = &rest[pos + "crate::".len()..];
        let mut segments = Vec::new();
        loop {
            let n = ident(rest);
            if n == 0 {
                break;
            }
            segments.push(rest[..n].to_owned());
            rest = &rest[n..];
            match rest.strip_prefix("::") {
                Some(r) => rest = r,
                None => break,
            }
        }
        if let Some(group) = rest.strip_prefix('{') {
            let close = group.find('}').unwrap_or(group.len());
            for item in group[..close].split(',') {
                let mut path = segments.clone();
                path.extend(
                    item.trim()
                        .split("::")
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned),
                );
                out.push(path);
            }
        } else {
            out.push(segments);
        }
    }
    // `child::item` inside a stage's mod.rs.
    for (i, _) in code.match_indices("::") {
        let before = &code[..i];
        let start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |p| p + 1);
        let name = &before[start..];
        let preceded_by_path = before[..start].ends_with("::");
        let child = if module.is_empty() {
            name.to_owned()
        } else {
            format!("{module}::{name}")
        };
        if !name.is_empty() && !preceded_by_path && known.contains(&child) {
            out.push(child.split("::").map(str::to_owned).collect());
        }
    }
    out
}

/// The module a path lands in: its longest prefix that is a module.
fn module_of(path: &[String], known: &BTreeSet<String>) -> String {
    (0..=path.len())
        .rev()
        .map(|k| path[..k].join("::"))
        .find(|m| known.contains(m))
        .unwrap_or_default()
}

/// Module → the modules it uses (itself excluded).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(m, code)| {
            let deps = paths_in(m, code, &known)
                .iter()
                .map(|p| module_of(p, &known))
                .filter(|d| d != m)
                .collect();
            (m.clone(), deps)
        })
        .collect()
}

fn stage_of(module: &str) -> Option<usize> {
    let top = module.split("::").next()?;
    STAGES.iter().position(|s| *s == top)
}

#[test]
fn stages_import_only_earlier_stages() {
    let mut wrong = Vec::new();
    for (module, deps) in graph() {
        let Some(stage) = stage_of(&module) else {
            continue; // the crate root and `fuzzing` wire the stages together
        };
        for dep in deps {
            match stage_of(&dep) {
                Some(s) if s <= stage => {}
                Some(_) => wrong.push(format!("{module} uses the later stage {dep}")),
                None => wrong.push(format!("{module} uses the crate root ({dep:?})")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_module_imports_another_in_a_loop() {
    let graph = graph();
    // Depth-first search with the path on a stack: a dependency found on the stack closes
    // a loop.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|s| s == m) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(m.to_owned());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        stack.push(m.to_owned());
        for dep in graph.get(m).into_iter().flatten() {
            if let Some(cycle) = visit(dep, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(m.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(cycle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!("modules import each other in a loop: {}", cycle.join(" → "));
        }
    }
}

/// The reading of the sources finds the imports it must: a checker that saw none would
/// pass anything.
#[test]
fn the_checker_sees_imports() {
    let graph = graph();
    let deps = |m: &str| graph.get(m).cloned().unwrap_or_default();
    assert!(graph.len() >= 40, "only {} modules found", graph.len());
    // A `use crate::…` line, a `{…}` group, a child module used from a stage's mod.rs.
    assert!(deps("tasks::rows").contains("parse::units"));
    assert!(deps("body::signature").contains("parse::attachment"));
    assert!(deps("filter").contains("filter::web"));
    assert!(deps("").contains("assemble"));
    // A later stage found as such, and a loop found as such.
    let known: BTreeSet<String> = graph.keys().cloned().collect();
    let code = "use crate::tasks::rows::TaskContext;";
    let found: Vec<String> = paths_in("header::front", code, &known)
        .iter()
        .map(|p| module_of(p, &known))
        .collect();
    assert_eq!(found, ["tasks::rows"]);
    assert_eq!(stage_of("tasks::rows"), Some(7));
    assert!(stage_of("tasks::rows") > stage_of("header::front"));
}
