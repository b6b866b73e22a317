//! Sections by identity. The section builder ([`crate::body::sections`]) emits a tree; an
//! [`Outline`] numbers its sections in the order the builder emitted them (depth first)
//! and knows each one's parent, so that a task holds *which* section it belongs to — a
//! [`SectionId`] — rather than a copy of its labels or its heading, and its label path is
//! written from the id once.

use gongwen_model::{Section, SectionKind};

use crate::parse::label::canonical_label;

/// A section of one tree, by its position in depth-first order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct SectionId(u32);

/// The sections of one tree (a body, a transmitted document, an attachment), numbered.
#[derive(Debug)]
pub(crate) struct Outline<'s> {
    nodes: Vec<Node<'s>>,
}

#[derive(Debug)]
struct Node<'s> {
    section: &'s Section,
    parent: Option<SectionId>,
    /// Sections in this one's subtree, itself included.
    size: u32,
}

impl<'s> Outline<'s> {
    /// Numbers the sections of `roots`.
    pub(crate) fn of(roots: &'s [Section]) -> Self {
        fn add<'s>(nodes: &mut Vec<Node<'s>>, s: &'s Section, parent: Option<SectionId>) {
            let at = nodes.len();
            let id = SectionId(u32::try_from(at).unwrap_or(u32::MAX));
            nodes.push(Node {
                section: s,
                parent,
                size: 1,
            });
            for child in &s.children {
                add(nodes, child, Some(id));
            }
            let size = u32::try_from(nodes.len() - at).unwrap_or(u32::MAX);
            if let Some(node) = nodes.get_mut(at) {
                node.size = size;
            }
        }
        let mut nodes = Vec::new();
        for s in roots {
            add(&mut nodes, s, None);
        }
        Outline { nodes }
    }

    /// True when the tree has no section.
    pub(crate) fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Every section, in depth-first order.
    pub(crate) fn ids(&self) -> impl Iterator<Item = SectionId> + use<> {
        (0..u32::try_from(self.nodes.len()).unwrap_or(u32::MAX)).map(SectionId)
    }

    /// The section an id names.
    pub(crate) fn section(&self, id: SectionId) -> &'s Section {
        self.node(id).section
    }

    fn node(&self, id: SectionId) -> &Node<'s> {
        // Ids are only made by this outline, so they are in range.
        &self.nodes[id.0 as usize]
    }

    /// The position of `id` in depth-first order: an index into a table kept beside the
    /// outline (one entry per section, in [`Outline::ids`] order).
    pub(crate) fn index(id: SectionId) -> usize {
        id.0 as usize
    }

    /// The positions of the sections in `id`'s subtree, itself included (depth-first order
    /// keeps a subtree together).
    pub(crate) fn subtree(&self, id: SectionId) -> std::ops::Range<usize> {
        let at = id.0 as usize;
        at..(at + self.node(id).size as usize).min(self.nodes.len())
    }

    /// The ids of [`Outline::subtree`].
    pub(crate) fn subtree_ids(&self, id: SectionId) -> impl Iterator<Item = SectionId> + use<> {
        self.subtree(id)
            .filter_map(|i| u32::try_from(i).ok())
            .map(SectionId)
    }

    /// The sections at the top of the tree.
    pub(crate) fn roots(&self) -> Siblings<'_, 's> {
        Siblings {
            outline: self,
            next: 0,
            end: self.nodes.len(),
        }
    }

    /// The children of a section, in order.
    pub(crate) fn children(&self, id: SectionId) -> Siblings<'_, 's> {
        let at = id.0 as usize;
        Siblings {
            outline: self,
            next: at + 1,
            end: at + self.node(id).size as usize,
        }
    }

    /// The sections enclosing `id`, outermost first.
    pub(crate) fn ancestors(&self, id: SectionId) -> Vec<SectionId> {
        let mut out = Vec::new();
        let mut at = self.node(id).parent;
        while let Some(p) = at {
            out.push(p);
            at = self.node(p).parent;
        }
        out.reverse();
        out
    }

    /// The labels from the top of the tree down to `id` ("一、", "（一）", "1.").
    pub(crate) fn path(&self, id: SectionId) -> Vec<String> {
        let mut out = Vec::new();
        let mut at = Some(id);
        while let Some(a) = at {
            out.push(self.section(a).label.clone());
            at = self.node(a).parent;
        }
        out.reverse();
        out
    }

    /// The canonical label of a section ("（十六）" for "(十六）"); a 章 or 条 as printed.
    pub(crate) fn canonical_label(&self, id: SectionId) -> String {
        let s = self.section(id);
        match s.kind {
            SectionKind::Item => canonical_label(s.level, s.ordinal, &s.label),
            _ => s.label.clone(),
        }
    }
}

/// The sections under one parent (or at the top), in order.
pub(crate) struct Siblings<'o, 's> {
    outline: &'o Outline<'s>,
    next: usize,
    end: usize,
}

impl Iterator for Siblings<'_, '_> {
    type Item = SectionId;

    fn next(&mut self) -> Option<SectionId> {
        if self.next >= self.end.min(self.outline.nodes.len()) {
            return None;
        }
        let id = SectionId(u32::try_from(self.next).unwrap_or(u32::MAX));
        self.next += (self.outline.node(id).size as usize).max(1);
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use gongwen_model::Loc;

    use super::*;

    fn section(label: &str, level: u8, ordinal: u32, children: Vec<Section>) -> Section {
        let mut section = Section::new(label, ordinal, level, Loc::block(0));
        section.children = children;
        section
    }

    #[test]
    fn ids_follow_the_tree() {
        let tree = vec![
            section(
                "一、",
                1,
                1,
                vec![
                    section("(一）", 2, 1, vec![section("1.", 3, 1, vec![])]),
                    section("（二）", 2, 2, vec![]),
                ],
            ),
            section("二、", 1, 2, vec![]),
        ];
        let outline = Outline::of(&tree);
        let labels = |ids: Vec<SectionId>| -> Vec<&str> {
            ids.into_iter()
                .map(|id| outline.section(id).label.as_str())
                .collect()
        };
        assert_eq!(
            labels(outline.ids().collect()),
            ["一、", "(一）", "1.", "（二）", "二、"]
        );
        assert_eq!(labels(outline.roots().collect()), ["一、", "二、"]);
        let first = outline.roots().next().unwrap_or(SectionId(9));
        assert_eq!(
            labels(outline.children(first).collect()),
            ["(一）", "（二）"]
        );
        let deepest = SectionId(2);
        assert_eq!(outline.path(deepest), ["一、", "(一）", "1."]);
        assert_eq!(labels(outline.ancestors(deepest)), ["一、", "(一）"]);
        assert_eq!(outline.canonical_label(SectionId(1)), "（一）");
        assert!(Outline::of(&[]).is_empty());
    }
}
