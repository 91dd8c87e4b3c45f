//! A mock's report as Markdown, and as one self-contained HTML page with charts
//! (inline SVG: score per segment, trend over mocks), no scripts, no external files.

use pyprep_coach::mock::Report;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The report in Markdown.
pub fn markdown(r: &Report, title: &str) -> String {
    let mut o = String::new();
    o.push_str(&format!("# Mock interview: {title}\n\n"));
    o.push_str(&format!(
        "Session `{}`, started {}{}. **Overall {:.0}/100.**\n\n",
        r.session,
        r.started_at.format("%Y-%m-%d %H:%M UTC"),
        if r.finished_at.is_some() {
            ""
        } else {
            " (not finished)"
        },
        r.score
    ));
    o.push_str(
        "## Segments\n\n| segment | score | answered | peer |\n| --- | ---: | ---: | ---: |\n",
    );
    for (seg, p) in &r.segments {
        o.push_str(&format!(
            "| {seg} | {:.0} | {}/{} | {} |\n",
            p.score,
            p.answered,
            p.items,
            p.peer_score
                .map(|s| format!("{s:.0}"))
                .unwrap_or("-".into())
        ));
    }
    o.push_str("\n## Areas\n\n| area | score | items |\n| --- | ---: | ---: |\n");
    for (area, p) in &r.areas {
        o.push_str(&format!("| {area} | {:.0} | {} |\n", p.score, p.items));
    }
    o.push_str("\n## Time\n\n| round | allowed | used |\n| --- | ---: | ---: |\n");
    for rd in &r.rounds {
        o.push_str(&format!(
            "| {} | {} min | {}{} |\n",
            rd.title,
            rd.minutes,
            rd.used_minutes
                .map(|u| format!("{u:.0} min"))
                .unwrap_or("-".into()),
            if rd.overtime { " (over)" } else { "" }
        ));
    }
    o.push_str("\n## Answers\n\n");
    for i in &r.items {
        o.push_str(&format!(
            "### {}. {} ({}, {}) — {:.0}/100{}\n\n",
            i.item,
            i.id,
            i.segment,
            i.area,
            i.score,
            if i.overtime {
                ", after time ran out"
            } else {
                ""
            }
        ));
        if !i.answered {
            o.push_str("Not answered.\n\n");
            continue;
        }
        if let Some(v) = i.verdict {
            o.push_str(&format!("Verdict: {v}.\n"));
            if !i.failed_tests.is_empty() {
                o.push_str(&format!("Failed tests: {}.\n", i.failed_tests.join(", ")));
            }
        }
        for c in &i.covered {
            o.push_str(&format!("- ✓ {c}\n"));
        }
        for m in &i.missed {
            o.push_str(&format!("- ✗ {m}\n"));
        }
        if let Some((score, note)) = &i.peer {
            o.push_str(&format!("\nPeer: {score:.0}/100. {note}\n"));
        }
        o.push('\n');
    }
    if r.trend.len() > 1 {
        o.push_str("## Trend\n\n");
        for t in &r.trend {
            o.push_str(&format!(
                "- {} {}: {:.0}\n",
                t.started_at.format("%Y-%m-%d"),
                t.format,
                t.score
            ));
        }
        o.push('\n');
    }
    if !r.peer_notes.is_empty() {
        o.push_str("## Peer's notes\n\n");
        for n in &r.peer_notes {
            o.push_str(&format!("> {n}\n\n"));
        }
    }
    o.push_str("## Next steps\n\n");
    for (n, s) in r.next_steps.iter().enumerate() {
        o.push_str(&format!("{}. {s}\n", n + 1));
    }
    o
}

fn color(score: f64) -> &'static str {
    if score >= 75.0 {
        "#2e7d32"
    } else if score >= 50.0 {
        "#f9a825"
    } else {
        "#c62828"
    }
}

/// Horizontal bars, one per (label, score 0..100).
fn bars_svg(rows: &[(String, f64)]) -> String {
    let h = 34 * rows.len() + 10;
    let mut s = format!(
        r#"<svg role="img" aria-label="score per segment" viewBox="0 0 520 {h}" width="520" height="{h}">"#
    );
    for (i, (label, score)) in rows.iter().enumerate() {
        let y = 10 + i * 34;
        let w = (score.clamp(0.0, 100.0) * 3.6).round();
        s.push_str(&format!(
            r##"<text x="0" y="{}" font-size="14">{}</text><rect x="110" y="{y}" width="360" height="22" fill="#eee"/><rect class="bar" x="110" y="{y}" width="{w}" height="22" fill="{}"/><text x="{}" y="{}" font-size="14">{:.0}</text>"##,
            y + 16,
            esc(label),
            color(*score),
            480,
            y + 16,
            score
        ));
    }
    s.push_str("</svg>");
    s
}

/// A line over time, points labelled with their score.
fn trend_svg(points: &[(String, f64)]) -> String {
    let (w, h, pad) = (520.0, 200.0, 30.0);
    let n = points.len().max(1);
    let x = |i: usize| {
        if n == 1 {
            w / 2.0
        } else {
            pad + (w - 2.0 * pad) * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: f64| h - pad - (h - 2.0 * pad) * v.clamp(0.0, 100.0) / 100.0;
    let mut s = format!(
        r#"<svg role="img" aria-label="score over mocks" viewBox="0 0 {w} {h}" width="{w}" height="{h}">"#
    );
    for g in [0.0, 50.0, 100.0] {
        s.push_str(&format!(
            r##"<line x1="{pad}" x2="{}" y1="{}" y2="{}" stroke="#ddd"/><text x="0" y="{}" font-size="11">{g:.0}</text>"##,
            w - pad,
            y(g),
            y(g),
            y(g) + 4.0
        ));
    }
    let path: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!("{:.1},{:.1}", x(i), y(*v)))
        .collect();
    s.push_str(&format!(
        r##"<polyline class="trend" fill="none" stroke="#1565c0" stroke-width="2" points="{}"/>"##,
        path.join(" ")
    ));
    for (i, (label, v)) in points.iter().enumerate() {
        s.push_str(&format!(
            r##"<circle cx="{:.1}" cy="{:.1}" r="4" fill="#1565c0"/><text x="{:.1}" y="{:.1}" font-size="11" text-anchor="middle">{:.0}</text><text x="{:.1}" y="{}" font-size="10" text-anchor="middle">{}</text>"##,
            x(i),
            y(*v),
            x(i),
            y(*v) - 8.0,
            v,
            x(i),
            h - 8.0,
            esc(label)
        ));
    }
    s.push_str("</svg>");
    s
}

/// The report as one self-contained HTML page.
pub fn html(r: &Report, title: &str) -> String {
    let seg_rows: Vec<(String, f64)> = r
        .segments
        .iter()
        .map(|(s, p)| (s.to_string(), p.score))
        .collect();
    let area_rows: Vec<(String, f64)> = r
        .areas
        .iter()
        .map(|(a, p)| (a.to_string(), p.score))
        .collect();
    let trend: Vec<(String, f64)> = r
        .trend
        .iter()
        .map(|t| (t.started_at.format("%m-%d").to_string(), t.score))
        .collect();
    let mut items = String::new();
    for i in &r.items {
        items.push_str(&format!(
            r#"<details{}><summary><b>{}. {}</b> · {} · {} · <span style="color:{}">{:.0}/100</span>{}</summary>"#,
            if i.score < 60.0 { " open" } else { "" },
            i.item,
            esc(&i.id),
            i.segment,
            i.area,
            color(i.score),
            i.score,
            if i.overtime { " · after time ran out" } else { "" }
        ));
        if !i.answered {
            items.push_str("<p>Not answered.</p>");
        }
        if let Some(v) = i.verdict {
            items.push_str(&format!("<p>Verdict: <b>{v}</b>"));
            if !i.failed_tests.is_empty() {
                items.push_str(&format!(" · failed: {}", esc(&i.failed_tests.join(", "))));
            }
            items.push_str("</p>");
        }
        if !i.covered.is_empty() || !i.missed.is_empty() {
            items.push_str("<ul>");
            for c in &i.covered {
                items.push_str(&format!(r#"<li class="ok">✓ {}</li>"#, esc(c)));
            }
            for m in &i.missed {
                items.push_str(&format!(r#"<li class="miss">✗ {}</li>"#, esc(m)));
            }
            items.push_str("</ul>");
        }
        if let Some((score, note)) = &i.peer {
            items.push_str(&format!("<p>Peer: {score:.0}/100. {}</p>", esc(note)));
        }
        items.push_str("</details>");
    }
    let rounds: String = r
        .rounds
        .iter()
        .map(|rd| {
            format!(
                "<tr><td>{}</td><td>{} min</td><td>{}</td></tr>",
                esc(&rd.title),
                rd.minutes,
                rd.used_minutes
                    .map(|u| format!("{u:.0} min{}", if rd.overtime { " (over)" } else { "" }))
                    .unwrap_or("-".into())
            )
        })
        .collect();
    let steps: String = r
        .next_steps
        .iter()
        .map(|s| format!("<li>{}</li>", esc(s)))
        .collect();
    let peer: String = r
        .peer_notes
        .iter()
        .map(|n| format!("<blockquote>{}</blockquote>", esc(n)))
        .collect();
    format!(
        r##"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mock interview report: {title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 760px; margin: 2rem auto; padding: 0 1rem; color: #222; }}
h1 {{ font-size: 1.5rem; }} .score {{ font-size: 3rem; font-weight: bold; color: {overall_color}; }}
table {{ border-collapse: collapse; }} td, th {{ padding: .2rem .8rem; border-bottom: 1px solid #eee; text-align: left; }}
details {{ margin: .4rem 0; padding: .4rem .6rem; border: 1px solid #e0e0e0; border-radius: 6px; }}
li.ok {{ color: #2e7d32; }} li.miss {{ color: #c62828; }} blockquote {{ border-left: 3px solid #ccc; margin-left: 0; padding-left: .8rem; }}
</style></head><body>
<h1>Mock interview: {title}</h1>
<p>Session <code>{session}</code> · {started}{unfinished}</p>
<div class="score">{score:.0}<small>/100</small></div>
<h2>Score per segment</h2>
{seg_chart}
<h2>Score per area</h2>
{area_chart}
<h2>Trend over mocks</h2>
{trend_chart}
<h2>Time per round</h2>
<table><tr><th>round</th><th>allowed</th><th>used</th></tr>{rounds}</table>
<h2>Answers</h2>
{items}
{peer_section}
<h2>Next steps</h2>
<ol>{steps}</ol>
</body></html>
"##,
        title = esc(title),
        overall_color = color(r.score),
        session = esc(&r.session),
        started = r.started_at.format("%Y-%m-%d %H:%M UTC"),
        unfinished = if r.finished_at.is_some() {
            ""
        } else {
            " · not finished"
        },
        score = r.score,
        seg_chart = bars_svg(&seg_rows),
        area_chart = bars_svg(&area_rows),
        trend_chart = trend_svg(&trend),
        peer_section = if peer.is_empty() {
            String::new()
        } else {
            format!("<h2>Peer's notes</h2>{peer}")
        },
    )
}
