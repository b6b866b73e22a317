//! Times each pathological input at two sizes (a quick look; the benchmark is
//! `crates/gongwen/benches/hostile.rs`).
#![allow(missing_docs, clippy::print_stdout, clippy::type_complexity)]

use std::time::Instant;

use gongwen::{Format, Limits, Options};
use gongwen_testkit::hostile;

fn time(name: &str, format: Format, make: fn(usize) -> Vec<u8>, sizes: [usize; 2], limits: Limits) {
    let mut last = 0.0;
    for n in sizes {
        let bytes = make(n);
        let options = Options::default()
            .with_format(Some(format))
            .with_limits(limits);
        let t = Instant::now();
        let r = gongwen::parse_bytes_with(&bytes, &options);
        let s = t.elapsed().as_secs_f64();
        let what = match &r {
            Ok(d) => format!("ok tasks={} paras={}", d.tasks.len(), d.body.sections.len()),
            Err(e) => format!("err {}", e.kind().code()),
        };
        println!(
            "{name:>14} n={n:>8} bytes={:>9} {s:>8.4}s ratio={:.2} {what}",
            bytes.len(),
            if last > 0.0 { s / last } else { 0.0 }
        );
        last = s;
    }
}

fn main() {
    let big = {
        let mut l = Limits::default();
        l.max_line_bytes = usize::MAX;
        l.max_xml_depth = 1_000_000;
        l.max_input_bytes = u64::MAX;
        l
    };
    let arg = std::env::args().nth(1).unwrap_or_default();
    let k: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let all = arg.is_empty();
    if arg == "misc" {
        let gens: Vec<(&str, Box<dyn Fn(usize) -> String>)> = vec![
            (
                "l_digits",
                Box::new(|n| format!("通知\n{}\n", "2 ".repeat(n * 10))),
            ),
            (
                "l_brackets",
                Box::new(|n| format!("通知\n{}\n", "〔".repeat(n * 10))),
            ),
            (
                "l_prefix",
                Box::new(|n| format!("{}〔2024〕4号\n通知\n", "平".repeat(n * 10))),
            ),
            (
                "l_labels",
                Box::new(|n| format!("通知\n{}\n", "一、".repeat(n * 10))),
            ),
            (
                "l_open",
                Box::new(|n| format!("通知\n{}\n", "（".repeat(n * 10))),
            ),
            (
                "l_close",
                Box::new(|n| format!("通知\n{}\n", "）".repeat(n * 10))),
            ),
            (
                "l_years",
                Box::new(|n| format!("通知\n{}\n", "2024年".repeat(n * 5))),
            ),
            (
                "l_cn_years",
                Box::new(|n| format!("通知\n{}\n", "二〇二四年".repeat(n * 5))),
            ),
            (
                "l_sentences",
                Box::new(|n| format!("通知\n{}\n", "加强领导。".repeat(n * 5))),
            ),
            (
                "l_commas",
                Box::new(|n| format!("通知\n{}\n", "，".repeat(n * 10))),
            ),
            (
                "c_units",
                Box::new(|n| {
                    format!(
                        "通知\n\t序号\n\t工作任务\n\t责任单位\n\t完成时限\n\n\t1\n\t做好\n\t{}\n\t{}\n\n\t2\n\tx\n\ty\n\tz\n",
                        "（".repeat(n * 5),
                        "、".repeat(n * 5)
                    )
                }),
            ),
            (
                "c_units2",
                Box::new(|n| {
                    format!(
                        "通知\n\t序号\n\t工作任务\n\t责任单位\n\t完成时限\n\n\t1\n\t做好\n\t{}\n\t{}\n\n\t2\n\tx\n\ty\n\tz\n",
                        "县".repeat(n * 5),
                        "6月".repeat(n * 5)
                    )
                }),
            ),
            (
                "c_units3",
                Box::new(|n| {
                    format!(
                        "通知\n\t序号\n\t工作任务\n\t责任单位\n\t完成时限\n\n\t1\n\t做好\n\t{}\n\t{}\n\n\t2\n\tx\n\ty\n\tz\n",
                        "牵头".repeat(n * 5),
                        "每".repeat(n * 5)
                    )
                }),
            ),
            (
                "c_units4",
                Box::new(|n| {
                    format!(
                        "通知\n\t序号\n\t工作任务\n\t责任单位\n\t完成时限\n\n\t1\n\t做好\n\t{}\n\t{}\n\n\t2\n\tx\n\ty\n\tz\n",
                        "等相关部门".repeat(n * 2),
                        "二".repeat(n * 5)
                    )
                }),
            ),
            (
                "short_lines",
                Box::new(|n| "各镇要认真抓好落实\n".repeat(n)),
            ),
            (
                "sentences",
                Box::new(|n| "各镇要认真抓好落实。\n".repeat(n)),
            ),
            (
                "headings1",
                Box::new(|n| {
                    (0..n)
                        .map(|i| format!("{}、加强领导。做好工作\n", ["一", "二", "三"][i % 3]))
                        .collect()
                }),
            ),
            (
                "headings_mix",
                Box::new(|n| {
                    (0..n)
                        .map(|i| {
                            format!(
                                "{}加强领导。做好工作\n",
                                ["一、", "（一）", "1.", "（1）", "①"][i % 5]
                            )
                        })
                        .collect()
                }),
            ),
            (
                "attachments",
                Box::new(|n| {
                    (0..n)
                        .map(|i| format!("附件{}：任务分工\n", i + 1))
                        .collect()
                }),
            ),
            ("dates", Box::new(|n| "2024年6月28日\n".repeat(n))),
            ("issuers", Box::new(|n| "平阴县人民政府办公室\n".repeat(n))),
            ("docnums", Box::new(|n| "平政办字〔2024〕4号\n".repeat(n))),
            (
                "recipients",
                Box::new(|n| {
                    format!(
                        "关于做好工作的通知\n{}各镇人民政府：\n",
                        "各镇人民政府，".repeat(n)
                    )
                }),
            ),
            (
                "unit_cell",
                Box::new(|n| {
                    format!(
                        "通知\n\t序号\n\t工作任务\n\t责任单位\n\t完成时限\n\n\t1\n\t做好\n\t{}\n\t{}\n\n\t2\n\tx\n\ty\n\tz\n",
                        "县发改局、投促局".repeat(n),
                        "2024年6月底前、".repeat(n / 4)
                    )
                }),
            ),
            ("pipes", Box::new(|n| "|---|\n".repeat(n))),
            ("seps", Box::new(|n| "------\n甲\n".repeat(n))),
            ("colophon", Box::new(|n| "抄送：县委办公室。\n".repeat(n))),
            ("page_nums", Box::new(|n| "— 1 —\n".repeat(n))),
            ("no_punct", Box::new(|n| "做好防汛工作\n".repeat(n))),
            ("web_meta", Box::new(|n| "发布日期：2024-06-28\n".repeat(n))),
            ("tabrows", Box::new(|n| "序号\t任务\t单位\n".repeat(n))),
            (
                "grouprows",
                Box::new(|n| "序号\t任务\t单位\n一、知识产权\n".repeat(n)),
            ),
        ];
        let which = std::env::args().nth(3);
        for (name, g) in &gens {
            if which.as_deref().is_some_and(|w| w != *name) {
                continue;
            }
            let mut last = 0.0;
            for n in [k * 10_000, k * 20_000] {
                let bytes = g(n).into_bytes();
                let t = Instant::now();
                let r = gongwen::parse_bytes_with(
                    &bytes,
                    &Options::default()
                        .with_format(Some(Format::Txt))
                        .with_limits(big),
                );
                let s = t.elapsed().as_secs_f64();
                println!(
                    "{name:>14} n={n:>7} bytes={:>9} {s:>8.4}s ratio={:.2} {}",
                    bytes.len(),
                    if last > 0.0 { s / last } else { 0.0 },
                    r.map(|d| d.tasks.len().to_string())
                        .unwrap_or_else(|e| e.to_string())
                );
                last = s;
            }
        }
        return;
    }
    if arg == "blankreader" {
        for n in [k * 100_000, k * 200_000] {
            let bytes = hostile::blank_lines_txt(n);
            let t = Instant::now();
            let r = gongwen_text::read_txt(&bytes, None).map(|o| o.blocks.len());
            println!("reader n={n} {:?} {:.3}s", r, t.elapsed().as_secs_f64());
        }
        return;
    }
    if all || arg == "line" {
        time(
            "single_line",
            Format::Txt,
            hostile::single_line_txt,
            [k * 2_500_000, k * 5_000_000],
            big,
        );
    }
    if all || arg == "blank" {
        time(
            "blank_lines",
            Format::Txt,
            hostile::blank_lines_txt,
            [k * 100_000, k * 200_000],
            big,
        );
    }
    if all || arg == "tabrun" {
        time(
            "tab_led_run",
            Format::Txt,
            hostile::tab_led_run_txt,
            [k * 25_000, k * 50_000],
            big,
        );
    }
    if all || arg == "table" {
        time(
            "table_txt",
            Format::Txt,
            hostile::big_table_txt,
            [k * 25_000, k * 50_000],
            big,
        );
    }
    if all || arg == "dtable" {
        time(
            "table_docx",
            Format::Docx,
            hostile::big_table_docx,
            [k * 25_000, k * 50_000],
            big,
        );
    }
    if all || arg == "deep" {
        time(
            "deep_xml",
            Format::Docx,
            hostile::deep_xml_docx,
            [k * 5_000, k * 10_000],
            big,
        );
    }
    if all || arg == "breaks" {
        time(
            "page_breaks",
            Format::Docx,
            hostile::page_breaks_docx,
            [k * 25_000, k * 50_000],
            big,
        );
    }
    if all || arg == "parts" {
        time(
            "many_parts",
            Format::Docx,
            hostile::many_parts_docx,
            [k * 5_000, k * 10_000],
            big,
        );
    }
    if all || arg == "bomb" {
        time(
            "zip_bomb",
            Format::Docx,
            hostile::zip_bomb_docx,
            [k * 50_000_000, k * 100_000_000],
            Limits::default(),
        );
    }
}

#[allow(dead_code)]
fn reader_only() {}
