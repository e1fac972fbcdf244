//! The model's HTML documentation, as Markdown for rustdoc.
//!
//! AWS documents its models with a small HTML dialect: `<p>`, `<code>`,
//! `<a href>`, `<ul>`/`<ol>`/`<li>`, `<b>`, `<i>`, `<dl>`/`<dt>`/`<dd>`,
//! `<note>`, `<important>`, `<br/>` and the usual entities. Paragraphs
//! become one line each; lists keep their nesting; a link without an
//! absolute `href` (the model's links between its own shapes) becomes code.
//! Prose is escaped so rustdoc reads it as text: Markdown punctuation gets a
//! backslash, and a bare URL becomes an autolink. Unknown tags are dropped
//! and their text kept. The conversion never fails: what is not
//! well-formed is read as well as it can be.

/// One node of the tolerant HTML tree.
#[derive(Debug)]
enum Node {
    Text(String),
    Elem {
        tag: String,
        href: Option<String>,
        children: Vec<Node>,
    },
}

/// Converts the model's HTML to Markdown paragraphs, separated by blank
/// lines. Empty when the documentation has no text.
pub(crate) fn to_markdown(html: &str) -> String {
    let nodes = parse(html);
    blocks(&nodes).join("\n\n")
}

const VOID: &[&str] = &["br", "hr", "img"];

fn parse(html: &str) -> Vec<Node> {
    // A stack of open elements: (tag, href, children).
    let mut stack: Vec<(String, Option<String>, Vec<Node>)> =
        vec![(String::new(), None, Vec::new())];
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(&mut stack, rest);
            break;
        };
        push_text(&mut stack, &rest[..lt]);
        let after = &rest[lt + 1..];
        let Some(gt) = after.find('>') else {
            push_text(&mut stack, &rest[lt..]);
            break;
        };
        let inside = &after[..gt];
        rest = &after[gt + 1..];
        let closing = inside.starts_with('/');
        let inside = inside.trim_start_matches('/');
        let self_closing = inside.ends_with('/');
        let inside = inside.trim_end_matches('/');
        let tag: String = inside
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if tag.is_empty() {
            // Not a tag (`a < b`): keep it as text.
            push_text(&mut stack, &format!("<{}>", &after[..gt]));
            continue;
        }
        if closing {
            if let Some(pos) = stack.iter().rposition(|(t, _, _)| *t == tag)
                && pos > 0
            {
                while stack.len() > pos {
                    close(&mut stack);
                }
            }
        } else if self_closing || VOID.contains(&tag.as_str()) {
            if let Some(top) = stack.last_mut() {
                top.2.push(Node::Elem {
                    tag,
                    href: None,
                    children: Vec::new(),
                });
            }
        } else {
            stack.push((tag, href(inside), Vec::new()));
        }
    }
    while stack.len() > 1 {
        close(&mut stack);
    }
    stack.pop().map(|(_, _, c)| c).unwrap_or_default()
}

fn close(stack: &mut Vec<(String, Option<String>, Vec<Node>)>) {
    if let Some((tag, href, children)) = stack.pop()
        && let Some(parent) = stack.last_mut()
    {
        parent.2.push(Node::Elem {
            tag,
            href,
            children,
        });
    }
}

fn push_text(stack: &mut [(String, Option<String>, Vec<Node>)], text: &str) {
    if !text.is_empty()
        && let Some(top) = stack.last_mut()
    {
        top.2.push(Node::Text(decode_entities(text)));
    }
}

fn href(inside: &str) -> Option<String> {
    let i = inside.find("href=")?;
    let v = &inside[i + 5..];
    let quote = v.chars().next()?;
    let v = if quote == '"' || quote == '\'' {
        let v = &v[1..];
        &v[..v.find(quote)?]
    } else {
        v.split_whitespace().next()?
    };
    Some(decode_entities(v.trim()))
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = match name {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "note",
    "important",
    "div",
    "fullname",
    "examples",
    "example",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
];

fn is_block(n: &Node) -> bool {
    matches!(n, Node::Elem { tag, .. } if BLOCK_TAGS.contains(&tag.as_str()))
}

/// Renders nodes as Markdown blocks (each block possibly several lines).
fn blocks(nodes: &[Node]) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<&Node> = Vec::new();
    for n in nodes {
        if !is_block(n) {
            run.push(n);
            continue;
        }
        flush(&mut run, &mut out);
        let Node::Elem { tag, children, .. } = n else {
            continue;
        };
        match tag.as_str() {
            "ul" | "ol" => {
                let items: Vec<String> = children
                    .iter()
                    .filter_map(|c| match c {
                        Node::Elem { tag, children, .. } if tag == "li" => Some(children),
                        _ => None,
                    })
                    .enumerate()
                    .filter_map(|(i, item)| {
                        let marker = if tag == "ol" {
                            format!("{}. ", i + 1)
                        } else {
                            "- ".to_owned()
                        };
                        list_item(&marker, &blocks(item))
                    })
                    .collect();
                if !items.is_empty() {
                    out.push(items.join("\n"));
                }
            }
            "li" => {
                if let Some(item) = list_item("- ", &blocks(children)) {
                    out.push(item);
                }
            }
            "dt" => {
                let text = inline_all(children);
                if !text.is_empty() {
                    out.push(format!("**{text}**"));
                }
            }
            "note" | "important" => {
                let label = if tag == "note" {
                    "**Note:**"
                } else {
                    "**Important:**"
                };
                let mut inner = blocks(children);
                match inner.first_mut() {
                    Some(first) if !first.starts_with("- ") && !first.starts_with("1. ") => {
                        *first = format!("{label} {first}");
                    }
                    _ => inner.insert(0, label.to_owned()),
                }
                out.extend(inner);
            }
            "fullname" | "examples" | "example" => {}
            _ => out.extend(blocks(children)),
        }
    }
    flush(&mut run, &mut out);
    out
}

fn list_item(marker: &str, item: &[String]) -> Option<String> {
    let indent = " ".repeat(marker.len());
    let mut lines = Vec::new();
    for (i, block) in item.iter().enumerate() {
        if i > 0 && !block.starts_with("- ") && !block.starts_with("1. ") {
            lines.push(String::new());
        }
        for (j, line) in block.lines().enumerate() {
            if i == 0 && j == 0 {
                lines.push(format!("{marker}{line}"));
            } else if line.is_empty() {
                lines.push(String::new());
            } else {
                lines.push(format!("{indent}{line}"));
            }
        }
    }
    if lines.is_empty() {
        None
    } else {
        Some(lines.join("\n"))
    }
}

fn flush(run: &mut Vec<&Node>, out: &mut Vec<String>) {
    let text = inline_all(&std::mem::take(run));
    if !text.is_empty() {
        out.push(text);
    }
}

fn inline_all<N: std::borrow::Borrow<Node>>(nodes: &[N]) -> String {
    let mut s = String::new();
    for n in nodes {
        inline(n.borrow(), &mut s);
    }
    start_of_line(&collapse(&s))
}

/// Collapses runs of whitespace to one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes what would make a line start a Markdown block.
fn start_of_line(s: &str) -> String {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(s[digits..].chars().next(), Some('.' | ')')) {
        return format!("{}\\{}", &s[..digits], &s[digits..]);
    }
    match s.chars().next() {
        Some('-' | '+' | '#' | '=' | '>' | '|') => format!("\\{s}"),
        _ => s.to_owned(),
    }
}

fn inline(n: &Node, out: &mut String) {
    match n {
        Node::Text(t) => prose(t, out),
        Node::Elem {
            tag,
            href,
            children,
        } => match tag.as_str() {
            "code" => code(&plain_text(children), out),
            "a" => {
                let mut text = String::new();
                for c in children {
                    inline(c, &mut text);
                }
                let text = collapse(&text);
                match href.as_deref().map(str::trim) {
                    Some(h) if h.starts_with("https://") || h.starts_with("http://") => {
                        if text.is_empty() {
                            out.push_str(&format!("<{h}>"));
                        } else {
                            out.push_str(&format!("[{text}]({})", h.replace(' ', "%20")));
                        }
                    }
                    _ => {
                        if !text.is_empty() {
                            let plain = plain_text(children);
                            if children.iter().all(|c| matches!(c, Node::Text(_))) {
                                code(&plain, out);
                            } else {
                                out.push_str(&text);
                            }
                        }
                    }
                }
            }
            "b" | "strong" => emphasis("**", children, out),
            "i" | "em" => emphasis("*", children, out),
            "br" => out.push(' '),
            _ => {
                for c in children {
                    inline(c, out);
                }
            }
        },
    }
}

fn emphasis(marker: &str, children: &[Node], out: &mut String) {
    let mut inner = String::new();
    for c in children {
        inline(c, &mut inner);
    }
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        out.push_str(&inner);
        return;
    }
    if inner.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    out.push_str(marker);
    out.push_str(&collapse(trimmed));
    out.push_str(marker);
    if inner.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

fn plain_text(nodes: &[Node]) -> String {
    let mut s = String::new();
    for n in nodes {
        match n {
            Node::Text(t) => s.push_str(t),
            Node::Elem { children, .. } => s.push_str(&plain_text(children)),
        }
    }
    s
}

fn code(text: &str, out: &mut String) {
    let text = collapse(text);
    if text.is_empty() {
        return;
    }
    let mut ticks = 1;
    while text.contains(&"`".repeat(ticks)) {
        ticks += 1;
    }
    let fence = "`".repeat(ticks);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    out.push_str(&format!("{fence}{pad}{text}{pad}{fence}"));
}

const ESCAPED: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '&', '~', '|', '!', '#',
];

fn prose(text: &str, out: &mut String) {
    let mut first = true;
    // Keep the text's own spacing at the ends: it separates it from the
    // neighbouring inline elements.
    if text.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    for word in text.split_whitespace() {
        if !first {
            out.push(' ');
        }
        first = false;
        match word.find("https://").or_else(|| word.find("http://")) {
            Some(at) => {
                let (before, url) = word.split_at(at);
                let url_end = url
                    .trim_end_matches(['.', ',', ';', ':', ')', '\'', '"'])
                    .len();
                let (url, after) = url.split_at(url_end);
                escape_into(before, out);
                out.push_str(&format!("<{url}>"));
                escape_into(after, out);
            }
            None => escape_into(word, out),
        }
    }
    if text.ends_with(char::is_whitespace) && !text.trim().is_empty() {
        out.push(' ');
    }
}

fn escape_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if ESCAPED.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_code_links() {
        assert_eq!(
            to_markdown(
                "<p>Creates a <code>Key</code>. See <a href=\"https://x.test/a\">the guide</a>.</p><p>Use <a>DescribeKey</a>.</p>"
            ),
            "Creates a `Key`. See [the guide](https://x.test/a).\n\nUse `DescribeKey`."
        );
    }

    #[test]
    fn lists_and_notes() {
        assert_eq!(
            to_markdown(
                "<p>Kinds:</p><ul><li><p><b>A</b> - one</p></li><li><p>two</p><ul><li>nested</li></ul></li></ul><note><p>Careful.</p></note>"
            ),
            "Kinds:\n\n- **A** - one\n- two\n  - nested\n\n**Note:** Careful."
        );
    }

    #[test]
    fn escapes_prose() {
        assert_eq!(
            to_markdown("<p>a [b] &lt;c&gt; *d* x_y https://e.test/f. 1. g</p>"),
            "a \\[b\\] \\<c\\> \\*d\\* x\\_y <https://e.test/f>. 1. g"
        );
        assert_eq!(to_markdown("<p>- starts</p>"), "\\- starts");
        assert_eq!(to_markdown("<p>1. starts</p>"), "1\\. starts");
        assert_eq!(to_markdown("<code>a`b</code>"), "``a`b``");
        assert_eq!(to_markdown(""), "");
        assert_eq!(to_markdown("<p>unclosed <b>bold"), "unclosed **bold**");
    }
}
