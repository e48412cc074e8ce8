//! The SVG element writer of the pictures: an element from its name and attributes, one
//! writer of each rather than a formatting call per element (fewer bytes of wasm).

use super::outlines::px;
use super::text::escape;

/// The value of an attribute: a length in pixels (one decimal at most), a whole number, or a
/// text (escaped).
pub(super) enum Value<'a> {
    Px(f64),
    Int(usize),
    Text(&'a str),
}
pub(super) use Value::{Int, Px, Text};

/// The SVG being written: elements from a name and attributes (one writer of each, rather
/// than a formatting call per element, and never inlined: fewer bytes of wasm).
pub(super) struct Svg(pub(super) String);

impl Svg {
    /// `<name attr="value" …` and `/>` when `empty`, else `>`.
    #[inline(never)]
    pub(super) fn element(&mut self, name: &str, attributes: &[(&str, Value)], empty: bool) {
        self.start(name, attributes);
        self.end(empty);
    }

    /// `<name attr="value" …`, left open for more attributes.
    #[inline(never)]
    pub(super) fn start(&mut self, name: &str, attributes: &[(&str, Value)]) {
        self.0.push('<');
        self.0.push_str(name);
        self.attributes(attributes);
    }

    /// ` attr="value" …`
    #[inline(never)]
    pub(super) fn attributes(&mut self, attributes: &[(&str, Value)]) {
        let out = &mut self.0;
        for (attribute, value) in attributes {
            out.push(' ');
            out.push_str(attribute);
            out.push_str("=\"");
            match value {
                Px(pixels) => out.push_str(&px(*pixels)),
                Int(n) => out.push_str(&n.to_string()),
                Text(text) => out.push_str(&escape(text)),
            }
            out.push('"');
        }
    }

    /// `/>` when `empty`, else `>`.
    #[inline(never)]
    pub(super) fn end(&mut self, empty: bool) {
        self.0.push_str(if empty { "/>" } else { ">" });
    }

    /// `</name>`.
    #[inline(never)]
    pub(super) fn close(&mut self, name: &str) {
        self.0.push_str("</");
        self.0.push_str(name);
        self.0.push('>');
    }

    /// A `<text>` of `content` at `(x, y)`, of type `size`, with `attributes`.
    #[inline(never)]
    pub(super) fn text(
        &mut self,
        (x, y): (f64, f64),
        size: f64,
        attributes: &[(&str, Value)],
        content: &str,
    ) {
        self.start(
            "text",
            &[("x", Px(x)), ("y", Px(y)), ("font-size", Px(size))],
        );
        self.attributes(attributes);
        self.end(false);
        self.0.push_str(&escape(content));
        self.close("text");
    }
}
