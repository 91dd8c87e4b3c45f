//! `pyprep apply`, `pyprep followup thank-you`, `pyprep prepare`.

use chrono::NaiveDate;
use pyprep_app::apply;
use pyprep_core::{Medium, Stage};
use pyprep_store::{Application, InterviewRecord};

use super::{context, print_json};

/// `pyprep apply`
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: ApplyCommand,
}

#[derive(Debug, Clone, Default, clap::Args)]
struct Details {
    /// Stage: applied, phone-screen, technical, on-site, offer, rejected, withdrawn.
    #[arg(long)]
    stage: Option<Stage>,
    /// When you applied (YYYY-MM-DD).
    #[arg(long)]
    applied: Option<NaiveDate>,
    /// A contact ("Name <email>"); repeatable.
    #[arg(long = "contact")]
    contacts: Vec<String>,
    /// The next thing to do.
    #[arg(long)]
    next_action: Option<String>,
    /// By when (YYYY-MM-DD).
    #[arg(long)]
    next_date: Option<NaiveDate>,
    /// What the company does.
    #[arg(long)]
    what: Option<String>,
    /// Their Python stack.
    #[arg(long)]
    stack: Option<String>,
    /// A question to ask them; repeatable.
    #[arg(long = "question")]
    questions: Vec<String>,
    /// A note; repeatable.
    #[arg(long = "note")]
    notes: Vec<String>,
    /// The next round's date (YYYY-MM-DD), with --round and --medium.
    #[arg(long)]
    scheduled: Option<NaiveDate>,
    /// An interview that took place (YYYY-MM-DD), with --round, --interviewer, --topic.
    #[arg(long)]
    interview_date: Option<NaiveDate>,
    /// Which round ("phone screen", "technical", ...).
    #[arg(long)]
    round: Option<String>,
    /// phone, video, onsite or take-home.
    #[arg(long)]
    medium: Option<Medium>,
    /// Who interviewed; repeatable.
    #[arg(long = "interviewer")]
    interviewers: Vec<String>,
    /// A topic discussed; repeatable.
    #[arg(long = "topic")]
    topics: Vec<String>,
    /// Feedback received.
    #[arg(long)]
    feedback: Option<String>,
    /// The thank-you note for the latest interview was sent (today, or this date).
    #[arg(long, num_args = 0..=1, default_missing_value = "today")]
    thank_you_sent: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
enum ApplyCommand {
    /// Track a new application.
    Add {
        #[arg(long)]
        company: String,
        #[arg(long)]
        role: String,
        #[command(flatten)]
        details: Details,
        #[arg(long)]
        json: bool,
    },
    /// All applications.
    List {
        #[arg(long)]
        json: bool,
    },
    /// One application, whole.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Change an application: stage, dates, contacts, notes, interviews, feedback.
    Update {
        id: i64,
        #[command(flatten)]
        details: Details,
        #[arg(long)]
        json: bool,
    },
}

fn apply_details(app: &mut Application, d: Details, today: NaiveDate) -> anyhow::Result<()> {
    if let Some(s) = d.stage {
        app.stage = s;
    }
    if d.applied.is_some() {
        app.applied_on = d.applied;
    }
    app.contacts.extend(d.contacts);
    if let Some(a) = d.next_action {
        app.next_action = (!a.trim().is_empty()).then_some(a);
    }
    if d.next_date.is_some() {
        app.next_action_on = d.next_date;
    }
    if d.what.is_some() {
        app.company_does = d.what;
    }
    if d.stack.is_some() {
        app.stack = d.stack;
    }
    app.questions.extend(d.questions);
    app.notes.extend(d.notes);
    if let Some(date) = d.scheduled {
        app.next_round = Some(InterviewRecord {
            date,
            round: d.round.clone().unwrap_or_else(|| "next round".into()),
            medium: d.medium,
            interviewers: d.interviewers.clone(),
            topics: vec![],
            thank_you_sent: None,
        });
    }
    if let Some(date) = d.interview_date {
        let round = d
            .round
            .clone()
            .or_else(|| app.next_round.as_ref().map(|r| r.round.clone()))
            .unwrap_or_else(|| "interview".into());
        let medium = d.medium.or(app.next_round.as_ref().and_then(|r| r.medium));
        app.interviews.push(InterviewRecord {
            date,
            round,
            medium,
            interviewers: d.interviewers,
            topics: d.topics,
            thank_you_sent: None,
        });
        if app.next_round.as_ref().is_some_and(|r| r.date <= date) {
            app.next_round = None;
        }
    } else if !d.topics.is_empty() {
        anyhow::bail!("--topic belongs to an interview: give --interview-date too");
    }
    if let Some(f) = d.feedback {
        app.feedback.push((today, f));
    }
    if let Some(when) = d.thank_you_sent {
        let date = if when == "today" {
            today
        } else {
            when.parse().map_err(|_| {
                anyhow::anyhow!(
                    "--thank-you-sent takes a date like 2026-11-24, or nothing for today"
                )
            })?
        };
        let Some(iv) = app.interviews.last_mut() else {
            anyhow::bail!(
                "no interview recorded yet to thank anyone for; add one with --interview-date"
            );
        };
        iv.thank_you_sent = Some(date);
    }
    Ok(())
}

fn summary(a: &Application) -> serde_json::Value {
    serde_json::json!({
        "id": a.id, "company": a.company, "role": a.role, "stage": a.stage,
        "applied_on": a.applied_on, "next_action": a.next_action, "next_action_on": a.next_action_on,
        "next_round": a.next_round,
    })
}

fn print_app(a: &Application) {
    println!("#{} {} — {} [{}]", a.id, a.company, a.role, a.stage);
    if let Some(d) = a.applied_on {
        println!("  applied {d}");
    }
    for c in &a.contacts {
        println!("  contact: {c}");
    }
    if let Some(n) = &a.next_action {
        println!(
            "  next: {n}{}",
            a.next_action_on
                .map(|d| format!(" (by {d})"))
                .unwrap_or_default()
        );
    }
    if let Some(r) = &a.next_round {
        println!(
            "  next round: {} on {}{}",
            r.round,
            r.date,
            r.medium.map(|m| format!(" ({m})")).unwrap_or_default()
        );
    }
    if let Some(w) = &a.company_does {
        println!("  what they do: {w}");
    }
    if let Some(s) = &a.stack {
        println!("  stack: {s}");
    }
    for q in &a.questions {
        println!("  ask: {q}");
    }
    for n in &a.notes {
        println!("  note: {n}");
    }
    for iv in &a.interviews {
        println!(
            "  interview {} ({}) with {}; topics: {}; thank-you: {}",
            iv.date,
            iv.round,
            if iv.interviewers.is_empty() {
                "-".into()
            } else {
                iv.interviewers.join(", ")
            },
            if iv.topics.is_empty() {
                "-".into()
            } else {
                iv.topics.join(", ")
            },
            iv.thank_you_sent
                .map(|d| format!("sent {d}"))
                .unwrap_or("not sent".into())
        );
    }
    for (d, f) in &a.feedback {
        println!("  feedback {d}: {f}");
    }
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let today = apply::today(&ctx);
    match a.command {
        ApplyCommand::Add {
            company,
            role,
            details,
            json,
        } => {
            let stage = details.stage.unwrap_or(Stage::Applied);
            // Everything is checked before anything is saved.
            let mut app = apply::draft(&ctx, &company, &role, stage)?;
            apply_details(&mut app, details, today)?;
            let app = apply::add(&ctx, &app)?;
            if json {
                print_json(&app)?;
            } else {
                println!("Added application #{}.", app.id);
                print_app(&app);
            }
        }
        ApplyCommand::List { json } => {
            let apps = ctx.store()?.applications()?;
            if json {
                print_json(&apps.iter().map(summary).collect::<Vec<_>>())?;
            } else if apps.is_empty() {
                println!("No applications yet: `pyprep apply add --company C --role R`.");
            } else {
                for a in &apps {
                    println!(
                        "#{:<3} {:<24} {:<28} {:<12} {}",
                        a.id,
                        a.company,
                        a.role,
                        a.stage.as_str(),
                        a.next_action.as_deref().unwrap_or("")
                    );
                }
            }
        }
        ApplyCommand::Show { id, json } => {
            let app = apply::get(&ctx, id)?;
            if json {
                print_json(&app)?;
            } else {
                print_app(&app);
            }
        }
        ApplyCommand::Update { id, details, json } => {
            let mut app = apply::get(&ctx, id)?;
            apply_details(&mut app, details, today)?;
            let app = apply::save(&ctx, app)?;
            if json {
                print_json(&app)?;
            } else {
                print_app(&app);
            }
        }
    }
    Ok(0)
}

/// `pyprep followup`
#[derive(Debug, clap::Args)]
pub struct FollowupArgs {
    #[command(subcommand)]
    command: FollowupCommand,
}

#[derive(Debug, clap::Subcommand)]
enum FollowupCommand {
    /// Draft a thank-you note from the latest interview of an application.
    ThankYou {
        /// Application id.
        app: i64,
        /// One thing you want to restate or add.
        #[arg(long)]
        restate: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

pub fn followup(a: FollowupArgs) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let FollowupCommand::ThankYou { app, restate, json } = a.command;
    let note = apply::thank_you(&ctx, app, restate.as_deref())?;
    if json {
        print_json(&note)?;
    } else {
        println!(
            "To: {}\nSubject: {}\n\n{}",
            note.to.join(", "),
            note.subject,
            note.body
        );
        println!(
            "(Send it by {}. Then: `pyprep apply update {app} --thank-you-sent`.)",
            note.send_by
        );
    }
    Ok(0)
}

/// `pyprep prepare APP`
#[derive(Debug, clap::Args)]
pub struct PrepareArgs {
    /// Application id.
    app: i64,
    #[arg(long)]
    json: bool,
}

pub fn prepare(a: PrepareArgs) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let b = apply::prepare(&ctx, a.app)?;
    if a.json {
        print_json(&b)?;
        return Ok(0);
    }
    println!("# Interview brief: {} — {}\n", b.company, b.role);
    match &b.next_round {
        Some(r) => println!(
            "Next: {} on {}{}{}.\n",
            r.round,
            r.date,
            r.medium.map(|m| format!(", {m}")).unwrap_or_default(),
            if r.interviewers.is_empty() {
                String::new()
            } else {
                format!(", with {}", r.interviewers.join(", "))
            }
        ),
        None => println!(
            "No round scheduled: `pyprep apply update {} --scheduled YYYY-MM-DD --round R --medium video`.\n",
            b.application
        ),
    }
    let section = |title: &str, items: &[String]| {
        println!("## {title}\n");
        for i in items {
            println!("- {i}");
        }
        println!();
    };
    section("Have ready (presentability)", &b.checklist);
    section("Reread about the company (initiative)", &b.company_notes);
    section("Questions to ask them", &b.questions);
    section("A last review of your weakest areas (attention)", &b.review);
    section(
        "Rehearse",
        &b.rehearse
            .iter()
            .map(|f| format!("`pyprep mock {f}`"))
            .collect::<Vec<_>>(),
    );
    Ok(0)
}
