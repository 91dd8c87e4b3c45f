//! `pyprep mock`: timed mock interviews from a format, interactively
//! (`pyprep mock FORMAT`) or step by step (`start`, `answer`, `finish`, `report`), and
//! the peer's side (`guide`, `feedback`).

use std::io::BufRead;
use std::path::PathBuf;

use pyprep_app::mock::{self as app, StartOptions};
use pyprep_app::{Context, mock_report};
use pyprep_bank::Item;
use pyprep_core::{Level, Role, Segment};
use pyprep_store::MockSession;

use super::answer::read_answer;
use super::drill::{Typed, read_lines};
use super::{context, print_json};

/// `pyprep mock`
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    command: Option<MockCommand>,
    /// Run this format interactively (see `pyprep mock formats`).
    format: Option<String>,
    #[command(flatten)]
    start: StartArgs,
}

#[derive(Debug, Clone, Default, clap::Args)]
struct StartArgs {
    /// Role: backend, data, ml or general (default: `pyprep settings role`).
    #[arg(long)]
    role: Option<Role>,
    /// Level: junior, mid or senior (default: `pyprep settings level`).
    #[arg(long)]
    level: Option<Level>,
    /// Seed of the item choice (the same seed asks the same items).
    #[arg(long)]
    seed: Option<u64>,
    /// Peer mode: items depend on the seed only, matching `pyprep mock guide FORMAT --seed N`.
    #[arg(long)]
    peer: bool,
}

#[derive(Debug, clap::Subcommand)]
enum MockCommand {
    /// The interview formats.
    Formats {
        #[arg(long)]
        json: bool,
    },
    /// Start a mock; prints the session id and its items.
    Start {
        format: String,
        #[command(flatten)]
        start: StartArgs,
        #[arg(long)]
        json: bool,
    },
    /// Answer one item (text for questions; a Python file for coding items).
    Answer {
        session: String,
        item: u32,
        #[arg(long, conflicts_with = "file")]
        text: Option<String>,
        #[arg(long)]
        file: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Finish a mock: questions you missed go to the drill queue; prints the report.
    Finish {
        session: String,
        #[arg(long)]
        json: bool,
    },
    /// A mock's report.
    Report {
        session: String,
        /// md, html or json.
        #[arg(long, default_value = "md")]
        format: String,
        /// Write it to this file.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Your mocks, newest last.
    List {
        #[arg(long)]
        json: bool,
    },
    /// An interviewer's guide for a peer mock: questions, hints, reference answers,
    /// rubric and a feedback form.
    Guide {
        format: String,
        #[arg(long)]
        seed: u64,
        #[arg(long)]
        role: Option<Role>,
        #[arg(long)]
        level: Option<Level>,
        #[arg(long)]
        json: bool,
    },
    /// Record a peer interviewer's feedback into a mock's report.
    Feedback {
        session: String,
        /// The item scored.
        #[arg(long)]
        item: Option<u32>,
        /// 0 to 100.
        #[arg(long)]
        score: Option<f64>,
        /// What they noted (for the item, or overall without --item).
        #[arg(long, default_value = "")]
        note: String,
        #[arg(long)]
        json: bool,
    },
}

fn options(s: &StartArgs) -> StartOptions {
    StartOptions {
        role: s.role,
        level: s.level,
        seed: s.seed,
        peer: s.peer,
    }
}

fn plan_json(ctx: &Context, s: &MockSession) -> serde_json::Value {
    serde_json::json!({
        "session": s.id,
        "format": s.format,
        "seed": s.seed,
        "role": s.role,
        "level": s.level,
        "started_at": ctx.clock().show(s.started_at),
        "rounds": s.rounds.iter().map(|r| serde_json::json!({"title": r.title, "segment": r.segment, "minutes": r.minutes})).collect::<Vec<_>>(),
        "items": s.items.iter().map(|i| serde_json::json!({
            "item": i.item, "round": i.round + 1, "segment": i.segment, "id": i.id, "area": i.area,
            "prompt": prompt(ctx, &i.id),
        })).collect::<Vec<_>>(),
    })
}

fn prompt(ctx: &Context, id: &str) -> String {
    match ctx.bank().get(id) {
        Some(Item::Question(q)) => q.meta.prompt.clone(),
        Some(Item::Exercise(e)) => e.meta.title.clone(),
        None => String::new(),
    }
}

fn title_of(ctx: &Context, format: &str) -> String {
    ctx.bank()
        .format(format)
        .map(|f| f.title.clone())
        .unwrap_or_else(|| format.to_string())
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    match a.command {
        None => match a.format {
            Some(f) => interactive(&ctx, &f, options(&a.start)),
            None => anyhow::bail!(
                "name a format (`pyprep mock phone-screen`) or a step (`pyprep mock start|answer|finish|report|list|guide|feedback|formats`)"
            ),
        },
        Some(MockCommand::Formats { json }) => {
            let formats = &ctx.bank().formats;
            if json {
                let v: Vec<serde_json::Value> = formats
                    .iter()
                    .map(|f| {
                        let mut v = serde_json::to_value(f).unwrap_or_default();
                        if let serde_json::Value::Object(m) = &mut v {
                            m.insert("minutes".into(), f.minutes().into());
                        }
                        v
                    })
                    .collect();
                print_json(&v)?;
            } else {
                for f in formats {
                    println!(
                        "{:<22} {} ({} min, {})",
                        f.id.as_str(),
                        f.title,
                        f.minutes(),
                        f.medium
                    );
                    for r in &f.rounds {
                        println!(
                            "    {} · {} × {} · {} min",
                            r.title, r.items, r.segment, r.minutes
                        );
                    }
                }
            }
            Ok(0)
        }
        Some(MockCommand::Start {
            format,
            start,
            json,
        }) => {
            let s = app::start(&ctx, &format, options(&start))?;
            if json {
                print_json(&plan_json(&ctx, &s))?;
            } else {
                println!("Started {} (seed {}).", s.id, s.seed);
                for i in &s.items {
                    println!(
                        "  {}. [{}] {}: {}",
                        i.item,
                        i.segment,
                        i.id,
                        prompt(&ctx, &i.id)
                    );
                }
                println!(
                    "Answer with `pyprep mock answer {} N --text \"...\"` (coding: --file), then `pyprep mock finish {}`.",
                    s.id, s.id
                );
            }
            Ok(0)
        }
        Some(MockCommand::Answer {
            session,
            item,
            text,
            file,
            json,
        }) => {
            let text = read_answer(text, file)?;
            let (s, ans) = app::answer(&ctx, &session, item, &text)?;
            let it = s
                .items
                .iter()
                .find(|i| i.item == item)
                .expect("answered item exists");
            if json {
                print_json(&serde_json::json!({
                    "session": s.id, "item": item, "id": it.id, "segment": it.segment,
                    "recorded": true, "score": ans.score, "covered": ans.covered, "missed": ans.missed,
                    "verdict": ans.verdict, "passed": ans.passed, "total": ans.total,
                    "failed_tests": ans.failed_tests, "overtime": ans.overtime,
                }))?;
            } else {
                println!(
                    "Item {item} ({}) recorded: {:.0}/100{}.",
                    it.id,
                    ans.score,
                    if ans.overtime {
                        ", after time ran out"
                    } else {
                        ""
                    }
                );
                if let Some(v) = ans.verdict {
                    println!("  verdict: {v} ({}/{} tests)", ans.passed, ans.total);
                }
                for c in &ans.covered {
                    println!("  ✓ {c}");
                }
                for m in &ans.missed {
                    println!("  ✗ {m}");
                }
            }
            Ok(0)
        }
        Some(MockCommand::Finish { session, json }) => {
            let r = app::finish(&ctx, &session)?;
            let html = write_html(&ctx, &r)?;
            if json {
                let mut v = serde_json::to_value(&r)?;
                if let serde_json::Value::Object(m) = &mut v {
                    m.insert("html".into(), html.display().to_string().into());
                }
                print_json(&v)?;
            } else {
                print!("{}", mock_report::markdown(&r, &title_of(&ctx, &r.format)));
                println!("\nThe report with charts: {}", html.display());
            }
            Ok(0)
        }
        Some(MockCommand::Report {
            session,
            format,
            output,
        }) => {
            let r = app::report(&ctx, &session)?;
            let title = title_of(&ctx, &r.format);
            let text = match format.as_str() {
                "md" | "markdown" => mock_report::markdown(&r, &title),
                "html" => mock_report::html(&r, &title),
                "json" => serde_json::to_string_pretty(&r)?,
                other => anyhow::bail!("unknown report format {other:?}; use md, html or json"),
            };
            match output {
                Some(p) => {
                    std::fs::write(&p, text)
                        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", p.display()))?;
                    eprintln!("wrote {}", p.display());
                }
                None => print!("{text}"),
            }
            Ok(0)
        }
        Some(MockCommand::List { json }) => {
            let mocks = ctx.store()?.mocks()?;
            let rows: Vec<serde_json::Value> = mocks
                .iter()
                .map(|m| serde_json::json!({
                    "session": m.id, "format": m.format, "started_at": ctx.clock().show(m.started_at),
                    "finished": m.finished_at.is_some(), "score": pyprep_coach::mock::overall(m),
                    "answered": m.items.iter().filter(|i| i.answer.is_some()).count(), "items": m.items.len(),
                }))
                .collect();
            if json {
                print_json(&rows)?;
            } else if rows.is_empty() {
                println!("No mocks yet. `pyprep mock formats` lists what you can run.");
            } else {
                for m in &mocks {
                    println!(
                        "{:<40} {:>3.0}/100  {}",
                        m.id,
                        pyprep_coach::mock::overall(m),
                        if m.finished_at.is_some() {
                            "finished"
                        } else {
                            "open"
                        }
                    );
                }
            }
            Ok(0)
        }
        Some(MockCommand::Guide {
            format,
            seed,
            role,
            level,
            json,
        }) => guide(&ctx, &format, seed, role, level, json),
        Some(MockCommand::Feedback {
            session,
            item,
            score,
            note,
            json,
        }) => {
            let s = app::peer_feedback(&ctx, &session, item, score, &note)?;
            if json {
                print_json(&app::report(&ctx, &s.id)?)?;
            } else {
                println!(
                    "Recorded in {}; `pyprep mock report {}` shows it.",
                    s.id, s.id
                );
            }
            Ok(0)
        }
    }
}

fn write_html(ctx: &Context, r: &pyprep_coach::mock::Report) -> anyhow::Result<PathBuf> {
    let dir = ctx.home.join("reports");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{}.html", r.session));
    std::fs::write(&path, mock_report::html(r, &title_of(ctx, &r.format)))?;
    Ok(path)
}

fn guide(
    ctx: &Context,
    format: &str,
    seed: u64,
    role: Option<Role>,
    level: Option<Level>,
    json: bool,
) -> anyhow::Result<u8> {
    let f = app::format(ctx, format)?;
    let plan = app::plan(ctx, f, role, level, seed, true)?;
    let bank = ctx.bank();
    let mut rounds = Vec::new();
    let mut n = 0;
    for (r, ids) in f.rounds.iter().zip(&plan) {
        let mut items = Vec::new();
        for id in ids {
            n += 1;
            let v = match bank.get(id) {
                Some(Item::Question(q)) => serde_json::json!({
                    "item": n, "id": id, "ask": q.meta.prompt,
                    "hints": q.meta.follow_ups,
                    "listen_for": q.meta.key_points.iter().map(|k| &k.text).collect::<Vec<_>>(),
                    "rubric": q.meta.rubric, "listens_for": q.meta.listens_for, "pitfalls": q.meta.pitfalls,
                    "reference": q.answer.trim(),
                }),
                Some(Item::Exercise(e)) => serde_json::json!({
                    "item": n, "id": id, "ask": e.statement.trim(), "hints": e.meta.hints,
                    "listen_for": ["a plan before code", "complexity stated", "edge cases tested"],
                    "reference": e.reference,
                }),
                None => serde_json::json!({"item": n, "id": id}),
            };
            items.push(v);
        }
        rounds.push(serde_json::json!({
            "title": r.title, "segment": r.segment, "minutes": r.minutes,
            "interviewer": r.interviewer, "opening": r.opening, "items": items,
        }));
    }
    if json {
        print_json(
            &serde_json::json!({"format": f.id, "title": f.title, "seed": seed, "looks_for": f.looks_for, "rounds": rounds}),
        )?;
        return Ok(0);
    }
    println!("# Interviewer's guide: {} (seed {seed})\n", f.title);
    println!("{}\n", f.description);
    println!(
        "The candidate runs `pyprep mock start {} --seed {seed} --peer` to get the same items.\n",
        f.id
    );
    if !f.looks_for.is_empty() {
        println!("Overall, look for:");
        for l in &f.looks_for {
            println!("- {l}");
        }
        println!();
    }
    for (k, r) in rounds.iter().enumerate() {
        println!(
            "## Round {}: {} ({} min)\n",
            k + 1,
            r["title"].as_str().unwrap_or(""),
            r["minutes"]
        );
        println!("You are: {}", r["interviewer"].as_str().unwrap_or(""));
        println!("Open with: \"{}\"\n", r["opening"].as_str().unwrap_or(""));
        for it in r["items"].as_array().into_iter().flatten() {
            println!(
                "### Item {}: {}\n",
                it["item"],
                it["id"].as_str().unwrap_or("")
            );
            println!("Ask:\n\n{}\n", it["ask"].as_str().unwrap_or(""));
            let list = |key: &str, title: &str| {
                let v: Vec<&str> = it[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|x| x.as_str())
                    .collect();
                if !v.is_empty() {
                    println!("{title}");
                    for x in v {
                        println!("- {x}");
                    }
                    println!();
                }
            };
            list(
                "hints",
                "Hints to give if they are stuck (one at a time), or follow-ups if they are not:",
            );
            list("listen_for", "Listen for:");
            for d in it["rubric"].as_array().into_iter().flatten() {
                println!(
                    "- rubric {}: {}",
                    d["dimension"].as_str().unwrap_or(""),
                    d["expect"].as_str().unwrap_or("")
                );
            }
            list("listens_for", "A strong story shows:");
            list("pitfalls", "Pitfalls:");
            println!(
                "<details><summary>Reference answer</summary>\n\n{}\n\n</details>\n",
                it["reference"].as_str().unwrap_or("").trim_end()
            );
        }
    }
    println!("## Feedback form\n");
    for i in 1..=n {
        println!("- Item {i}: score (0-100) ____  notes ______________________");
    }
    println!("- Overall: presentability ____ initiative ____ attention to detail ____\n");
    println!(
        "Record it on the candidate's machine: `pyprep mock feedback SESSION --item N --score S --note \"...\"`, and `pyprep mock feedback SESSION --note \"overall ...\"`."
    );
    Ok(0)
}

fn interactive(ctx: &Context, format: &str, opts: StartOptions) -> anyhow::Result<u8> {
    let mut s = app::start(ctx, format, opts)?;
    let f = app::format(ctx, format)?.clone();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    println!("# {}\n\n{}\n", f.title, f.description);
    println!(
        "Session {} (seed {}). Answers end with a line holding only \".\" (\":e\" opens $EDITOR).\n",
        s.id, s.seed
    );
    let mut quit = false;
    for (r, round) in f.rounds.iter().enumerate() {
        if quit {
            break;
        }
        ctx.refresh_clock()?;
        app::begin_round(ctx, &mut s, r)?;
        let deadline = app::round_deadline(&s, r);
        println!(
            "── Round {}/{}: {} · {} min · until {}",
            r + 1,
            f.rounds.len(),
            round.title,
            round.minutes,
            deadline.with_timezone(&ctx.clock().offset).format("%H:%M")
        );
        println!("{}: \"{}\"\n", round.interviewer, round.opening);
        let items: Vec<u32> = s
            .items
            .iter()
            .filter(|i| i.round == r)
            .map(|i| i.item)
            .collect();
        for n in items {
            ctx.refresh_clock()?;
            if ctx.clock().now >= deadline {
                println!("Time is up for this round; moving on, as an interviewer would.\n");
                break;
            }
            let it = s.items.iter().find(|i| i.item == n).expect("item").clone();
            println!(
                "[{} left] Item {n}: {}",
                ctx.clock().until(deadline).replace("in ", ""),
                it.id
            );
            let answer = if it.segment == Segment::Coding {
                let ex = ctx.exercise(&it.id)?;
                let dir = ctx.home.join("mock").join(&s.id);
                std::fs::create_dir_all(&dir)?;
                let file = dir.join(format!("item-{n}.py"));
                if !file.exists() {
                    std::fs::write(&file, &ex.starter)?;
                }
                println!("{}\n", ex.statement.trim());
                println!(
                    "Write your solution in {} and press Enter to submit (q stops the mock).",
                    file.display()
                );
                let mut l = String::new();
                if input.read_line(&mut l)? == 0 || l.trim() == "q" {
                    quit = true;
                    break;
                }
                std::fs::read_to_string(&file)?
            } else {
                let asked = prompt(ctx, &it.id);
                println!("{asked}\n");
                match read_lines(&mut input, &asked, false)? {
                    Typed::Answer(t) if t.trim() != ":q" => t,
                    _ => {
                        quit = true;
                        break;
                    }
                }
            };
            ctx.refresh_clock()?;
            let (next, ans) = app::answer(ctx, &s.id, n, &answer)?;
            s = next;
            if let Some(v) = ans.verdict {
                println!("Verdict: {v} ({}/{} tests).\n", ans.passed, ans.total);
                continue;
            }
            let q = pyprep_app::drill::question(ctx, &it.id)?;
            let mut marks: Vec<bool> = q
                .meta
                .key_points
                .iter()
                .map(|k| ans.covered.contains(&k.text))
                .collect();
            println!("Key points found in your answer:");
            for (k, (p, c)) in q
                .meta
                .key_points
                .iter()
                .map(|k| &k.text)
                .zip(marks.iter())
                .enumerate()
            {
                println!("  {} {}. {p}", if *c { "✓" } else { "✗" }, k + 1);
            }
            print!("Enter to confirm, or numbers to flip (e.g. \"2 4\"): ");
            std::io::Write::flush(&mut std::io::stdout())?;
            let mut l = String::new();
            input.read_line(&mut l)?;
            for w in l.split_whitespace() {
                if let Ok(k) = w.parse::<usize>()
                    && (1..=marks.len()).contains(&k)
                {
                    marks[k - 1] = !marks[k - 1];
                }
            }
            let confirmed = app::confirm(ctx, &s.id, n, &marks)?;
            s = app::session(ctx, &s.id)?;
            println!("Scored {:.0}/100.\n", confirmed.score);
        }
    }
    ctx.refresh_clock()?;
    let r = app::finish(ctx, &s.id)?;
    let html = write_html(ctx, &r)?;
    print!("{}", mock_report::markdown(&r, &f.title));
    println!("\nThe report with charts: {}", html.display());
    Ok(0)
}
