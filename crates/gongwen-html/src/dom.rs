//! The page as a tree: an arena of nodes built by html5ever's tree builder through a
//! [`TreeSink`] of our own.
//!
//! Why our own sink and not `scraper` or `markup5ever_rcdom`: each element must know the byte
//! offset of its start tag (html5ever reports only line numbers), the tree must stay bounded
//! in depth while it is built (a hostile page nests 10,000 elements), and only the handful of
//! attributes the reader looks at are worth keeping. Nodes live in one `Vec` and refer to
//! each other by index, so dropping the tree never recurses and nothing is reference-counted.
//!
//! The sink never panics: the tree builder only ever asks for the name of an element or
//! the contents of a template it created, but a handle of another kind gets a neutral
//! answer (an empty name, the node itself) instead of an abort.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use html5ever::interface::ElemName;
use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, LocalName, Namespace, QualName, local_name, ns};

/// Index of a node in the arena.
pub(crate) type NodeId = u32;

/// "No node" in a link field.
pub(crate) const NONE: NodeId = u32::MAX;

/// One node of the page.
#[derive(Debug)]
pub(crate) struct Node {
    pub parent: NodeId,
    pub prev: NodeId,
    pub next: NodeId,
    pub first: NodeId,
    pub last: NodeId,
    /// Nesting depth when the node was attached (the document is 0).
    pub depth: u32,
    /// Byte offset in the input of the start tag that created the element (for text, of the
    /// tag before it).
    pub offset: u64,
    pub data: Data,
}

/// What a node holds.
#[derive(Debug)]
pub(crate) enum Data {
    Document,
    Element(Element),
    Text(StrTendril),
    /// Comments, processing instructions, doctypes: kept as placeholders, never read.
    Other,
}

/// An element: its name and the attributes the reader uses.
#[derive(Debug)]
pub(crate) struct Element {
    pub name: QualName,
    pub attrs: Vec<(LocalName, StrTendril)>,
    /// The contents fragment of a `<template>`.
    pub template: NodeId,
}

impl Element {
    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &LocalName) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_ref())
    }

    /// True when this is the HTML element `local`.
    pub fn is(&self, local: &LocalName) -> bool {
        self.name.ns == ns!(html) && self.name.local == *local
    }
}

/// Attributes worth keeping: everything the reader looks at, nothing else (a CMS page
/// carries dozens per element).
fn keep_attr(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("class")
            | local_name!("id")
            | local_name!("style")
            | local_name!("align")
            | local_name!("rowspan")
            | local_name!("colspan")
            | local_name!("name")
            | local_name!("content")
            | local_name!("http-equiv")
            | local_name!("charset")
            | local_name!("hidden")
            | local_name!("type")
            | local_name!("start")
            | local_name!("role")
    )
}

/// The parsed page.
#[derive(Debug)]
pub(crate) struct Dom {
    pub nodes: Vec<Node>,
}

impl Dom {
    /// The document node.
    pub const ROOT: NodeId = 0;

    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id as usize)
    }

    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match self.node(id).map(|n| &n.data) {
            Some(Data::Element(e)) => Some(e),
            _ => None,
        }
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match self.node(id).map(|n| &n.data) {
            Some(Data::Text(t)) => Some(t.as_ref()),
            _ => None,
        }
    }

    pub fn parent(&self, id: NodeId) -> NodeId {
        self.node(id).map_or(NONE, |n| n.parent)
    }

    pub fn offset(&self, id: NodeId) -> u64 {
        self.node(id).map_or(0, |n| n.offset)
    }

    /// The children of `id`, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.node(id).map_or(NONE, |n| n.first),
        }
    }

    /// `id` and everything under it, in document order (iterative: no recursion however
    /// deep the tree).
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root: id,
            next: id,
        }
    }

    /// The node after `id` in document order, skipping `id`'s subtree, without leaving `root`.
    pub fn next_skipping(&self, id: NodeId, root: NodeId) -> NodeId {
        let mut cur = id;
        while cur != root && cur != NONE {
            let Some(n) = self.node(cur) else {
                return NONE;
            };
            if n.next != NONE {
                return n.next;
            }
            cur = n.parent;
        }
        NONE
    }

    /// True when `ancestor` is `id` or one of its ancestors.
    pub fn contains(&self, ancestor: NodeId, id: NodeId) -> bool {
        let mut cur = id;
        while cur != NONE {
            if cur == ancestor {
                return true;
            }
            cur = self.parent(cur);
        }
        false
    }

    /// The first element called `local` in document order.
    pub fn find(&self, from: NodeId, local: &LocalName) -> Option<NodeId> {
        self.descendants(from)
            .find(|&id| self.element(id).is_some_and(|e| e.is(local)))
    }
}

/// Iterator over a node's children.
pub(crate) struct Children<'d> {
    dom: &'d Dom,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next;
        let node = self.dom.node(id)?;
        self.next = node.next;
        Some(id)
    }
}

/// Iterator over a subtree in document order.
pub(crate) struct Descendants<'d> {
    dom: &'d Dom,
    root: NodeId,
    next: NodeId,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next;
        let node = self.dom.node(id)?;
        self.next = if node.first != NONE {
            node.first
        } else {
            self.dom.next_skipping(id, self.root)
        };
        Some(id)
    }
}

/// The tree sink: builds the arena, records offsets, watches the depth.
pub(crate) struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// Byte offset of the chunk being fed (each chunk starts at a `<`).
    pub offset: Cell<u64>,
    max_depth: u32,
    /// Set when an element was attached deeper than `max_depth`: (depth, offset).
    pub too_deep: Cell<Option<u64>>,
}

impl Sink {
    /// A sink for a page of about `nodes` nodes.
    pub fn new(max_depth: u32, nodes: usize) -> Self {
        let mut arena = Vec::with_capacity(nodes);
        arena.push(Node {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            depth: 0,
            offset: 0,
            data: Data::Document,
        });
        Sink {
            nodes: RefCell::new(arena),
            offset: Cell::new(0),
            max_depth,
            too_deep: Cell::new(None),
        }
    }

    fn push(&self, data: Data) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        let id = NodeId::try_from(nodes.len()).unwrap_or(NONE);
        nodes.push(Node {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            depth: 0,
            offset: self.offset.get(),
            data,
        });
        id
    }

    /// Detaches `id` from its parent and siblings.
    fn detach(nodes: &mut [Node], id: NodeId) {
        let Some(n) = nodes.get(id as usize) else {
            return;
        };
        let (parent, prev, next) = (n.parent, n.prev, n.next);
        if let Some(p) = nodes.get_mut(prev as usize) {
            p.next = next;
        } else if let Some(p) = nodes.get_mut(parent as usize) {
            p.first = next;
        }
        if let Some(n) = nodes.get_mut(next as usize) {
            n.prev = prev;
        } else if let Some(p) = nodes.get_mut(parent as usize) {
            p.last = prev;
        }
        if let Some(n) = nodes.get_mut(id as usize) {
            n.parent = NONE;
            n.prev = NONE;
            n.next = NONE;
        }
    }

    /// Appends `child` as the last child of `parent`.
    fn link_last(&self, nodes: &mut [Node], parent: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let Some(p) = nodes.get(parent as usize) else {
            return;
        };
        let (last, depth) = (p.last, p.depth.saturating_add(1));
        if let Some(l) = nodes.get_mut(last as usize) {
            l.next = child;
        }
        if let Some(p) = nodes.get_mut(parent as usize) {
            if p.first == NONE {
                p.first = child;
            }
            p.last = child;
        }
        self.attach(nodes, child, parent, last, NONE, depth);
    }

    /// Inserts `child` just before `sibling`.
    fn link_before(&self, nodes: &mut [Node], sibling: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let Some(s) = nodes.get(sibling as usize) else {
            return;
        };
        let (parent, prev) = (s.parent, s.prev);
        let depth = nodes.get(parent as usize).map_or(1, |p| p.depth + 1);
        if let Some(p) = nodes.get_mut(prev as usize) {
            p.next = child;
        } else if let Some(p) = nodes.get_mut(parent as usize) {
            p.first = child;
        }
        if let Some(s) = nodes.get_mut(sibling as usize) {
            s.prev = child;
        }
        self.attach(nodes, child, parent, prev, sibling, depth);
    }

    fn attach(
        &self,
        nodes: &mut [Node],
        child: NodeId,
        parent: NodeId,
        prev: NodeId,
        next: NodeId,
        depth: u32,
    ) {
        if let Some(c) = nodes.get_mut(child as usize) {
            c.parent = parent;
            c.prev = prev;
            c.next = next;
            c.depth = depth;
            if depth > self.max_depth && self.too_deep.get().is_none() {
                self.too_deep.set(Some(c.offset));
            }
        }
    }

    /// Appends text after `prev` (merging with a text node there) or as a new node.
    fn add_text(&self, prev: NodeId, text: &StrTendril) -> Option<NodeId> {
        {
            let mut nodes = self.nodes.borrow_mut();
            if let Some(Node {
                data: Data::Text(t),
                ..
            }) = nodes.get_mut(prev as usize)
            {
                t.push_tendril(text);
                return None;
            }
        }
        Some(self.push(Data::Text(text.clone())))
    }

    pub fn into_dom(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }
}

/// An element's name as the tree builder asks for it (cloning a name only copies atoms).
#[derive(Debug)]
pub(crate) struct Name(QualName);

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Self;
    type ElemName<'a> = Name;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        Dom::ROOT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name {
        match self.nodes.borrow().get(*target as usize).map(|n| &n.data) {
            Some(Data::Element(e)) => Name(e.name.clone()),
            _ => Name(QualName::new(None, ns!(), local_name!(""))),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let template = if flags.template {
            self.push(Data::Document)
        } else {
            NONE
        };
        let attrs = attrs
            .into_iter()
            .filter(|a| a.name.ns == ns!() && keep_attr(&a.name.local))
            .map(|a| (a.name.local, a.value))
            .collect();
        self.push(Data::Element(Element {
            name,
            attrs,
            template,
        }))
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Data::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let id = match child {
            NodeOrText::AppendNode(id) => id,
            NodeOrText::AppendText(text) => {
                let last = self
                    .nodes
                    .borrow()
                    .get(*parent as usize)
                    .map_or(NONE, |n| n.last);
                match self.add_text(last, &text) {
                    Some(id) => id,
                    None => return,
                }
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        self.link_last(&mut nodes, *parent, id);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(*element as usize)
            .is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let id = self.push(Data::Other);
        let mut nodes = self.nodes.borrow_mut();
        self.link_last(&mut nodes, Dom::ROOT, id);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        match self.nodes.borrow().get(*target as usize).map(|n| &n.data) {
            Some(Data::Element(e)) if e.template != NONE => e.template,
            _ => *target,
        }
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        let id = match child {
            NodeOrText::AppendNode(id) => id,
            NodeOrText::AppendText(text) => {
                let prev = self
                    .nodes
                    .borrow()
                    .get(*sibling as usize)
                    .map_or(NONE, |n| n.prev);
                match self.add_text(prev, &text) {
                    Some(id) => id,
                    None => return,
                }
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        self.link_before(&mut nodes, *sibling, id);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(Node {
            data: Data::Element(e),
            ..
        }) = nodes.get_mut(*target as usize)
        {
            for a in attrs {
                if a.name.ns == ns!()
                    && keep_attr(&a.name.local)
                    && !e.attrs.iter().any(|(n, _)| *n == a.name.local)
                {
                    e.attrs.push((a.name.local, a.value));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes.get(*node as usize).map_or(NONE, |n| n.first);
        while child != NONE {
            let next = nodes.get(child as usize).map_or(NONE, |n| n.next);
            self.link_last(&mut nodes, *new_parent, child);
            child = next;
        }
    }
}
