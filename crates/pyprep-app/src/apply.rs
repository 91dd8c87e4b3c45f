//! Applications: the tracker, thank-you notes drafted from an interview's details,
//! and the interview-day brief.

use chrono::NaiveDate;
use pyprep_core::{Medium, Stage};
use pyprep_store::{Application, InterviewRecord};
use serde::Serialize;

use crate::{AppError, Context, stats};

/// An application by id, with advice when unknown.
pub fn get(ctx: &Context, id: i64) -> Result<Application, AppError> {
    ctx.store()?.application(id)?.ok_or_else(|| {
        AppError::Input(format!(
            "no application {id}; `pyprep apply list` shows their ids"
        ))
    })
}

/// Saves a new application (a [`draft`], filled in); returns it with its id.
pub fn add(ctx: &Context, app: &Application) -> Result<Application, AppError> {
    let id = ctx.store()?.add_application(app)?;
    get(ctx, id)
}

/// A new application, not saved yet: fill it in, then [`add`] it.
pub fn draft(
    ctx: &Context,
    company: &str,
    role: &str,
    stage: Stage,
) -> Result<Application, AppError> {
    if company.trim().is_empty() || role.trim().is_empty() {
        return Err(AppError::Input("give --company and --role".into()));
    }
    let now = ctx.clock().now;
    Ok(Application {
        id: 0,
        company: company.trim().to_string(),
        role: role.trim().to_string(),
        stage,
        applied_on: Some(now.with_timezone(&ctx.clock().offset).date_naive()),
        contacts: vec![],
        next_action: None,
        next_action_on: None,
        company_does: None,
        stack: None,
        questions: vec![],
        notes: vec![],
        next_round: None,
        interviews: vec![],
        feedback: vec![],
        created_at: now,
        updated_at: now,
    })
}

/// Saves a changed application (stamping the change time).
pub fn save(ctx: &Context, mut app: Application) -> Result<Application, AppError> {
    app.updated_at = ctx.clock().now;
    ctx.store()?.save_application(&app)?;
    Ok(app)
}

/// The user's day.
pub fn today(ctx: &Context) -> NaiveDate {
    ctx.clock()
        .now
        .with_timezone(&ctx.clock().offset)
        .date_naive()
}

/// A drafted thank-you note.
#[derive(Debug, Clone, Serialize)]
pub struct ThankYou {
    /// Application id.
    pub application: i64,
    /// To whom.
    pub to: Vec<String>,
    /// Subject line.
    pub subject: String,
    /// The note.
    pub body: String,
    /// Send by (a day after the interview).
    pub send_by: NaiveDate,
}

fn join_names(names: &[String]) -> String {
    match names {
        [] => "there".to_string(),
        [one] => first_name(one),
        [init @ .., last] => format!(
            "{} and {}",
            init.iter()
                .map(|n| first_name(n))
                .collect::<Vec<_>>()
                .join(", "),
            first_name(last)
        ),
    }
}

fn first_name(full: &str) -> String {
    full.split(['<', '('])
        .next()
        .unwrap_or(full)
        .split_whitespace()
        .next()
        .unwrap_or(full)
        .to_string()
}

/// Drafts a thank-you note for the application's latest interview.
pub fn thank_you(ctx: &Context, id: i64, restate: Option<&str>) -> Result<ThankYou, AppError> {
    let app = get(ctx, id)?;
    let Some(iv) = app.interviews.last() else {
        return Err(AppError::Input(format!(
            "application {id} has no interview recorded; add one with `pyprep apply update {id} --interview-date YYYY-MM-DD --round \"technical\" --interviewer NAME --topic TOPIC`"
        )));
    };
    let topics = match iv.topics.as_slice() {
        [] => String::new(),
        [one] => format!(" I especially enjoyed our discussion of {one}."),
        [init @ .., last] => format!(
            " I especially enjoyed our discussion of {} and {last}.",
            init.join(", ")
        ),
    };
    let restate = restate
        .map(|r| {
            format!(
                " One thing I would like to add: {}",
                r.trim_end_matches('.').to_string() + "."
            )
        })
        .unwrap_or_default();
    let body = format!(
        "Hi {names},\n\nThank you for taking the time to talk with me on {date} about the {role} role at {company}.{topics}{restate}\n\nThe conversation made me even more interested in joining the team, and I would be glad to answer anything else that helps your decision.\n\nBest regards,\n",
        names = join_names(&iv.interviewers),
        date = iv.date.format("%A, %B %-d"),
        role = app.role,
        company = app.company,
    );
    Ok(ThankYou {
        application: id,
        to: iv.interviewers.clone(),
        subject: format!("Thank you: {} interview, {}", iv.round, app.role),
        body,
        send_by: iv.date + chrono::Duration::days(1),
    })
}

/// The interview-day brief for an application's next round.
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    /// Application id.
    pub application: i64,
    /// Company.
    pub company: String,
    /// Role.
    pub role: String,
    /// The round coming up, if scheduled.
    pub next_round: Option<InterviewRecord>,
    /// What to have ready for its medium.
    pub checklist: Vec<String>,
    /// Company notes to reread.
    pub company_notes: Vec<String>,
    /// Questions to ask them.
    pub questions: Vec<String>,
    /// Areas worth a last review, weakest first.
    pub review: Vec<String>,
    /// Mock formats to rehearse with.
    pub rehearse: Vec<String>,
}

fn checklist(medium: Option<Medium>) -> Vec<String> {
    let common = [
        "Your two-minute introduction, said aloud once today",
        "Three STAR stories with numbers: a conflict, a deadline, a mistake you fixed",
        "Your CV and the job ad open, so you can point at what matches",
    ];
    let specific: &[&str] = match medium {
        Some(Medium::Phone) => &[
            "A quiet room, charged phone, headset; water within reach",
            "Notes in front of you: they cannot see them, but do not read from them",
            "Smile while you talk: it is audible; confirm the next step before hanging up",
        ],
        Some(Medium::Video) => &[
            "Camera at eye level, light in front of you, plain background, notifications off",
            "Test the meeting link, microphone and screen sharing ten minutes early",
            "An editor ready to share for live coding, with a large font",
            "Look at the camera when you speak; dress as you would on site",
        ],
        Some(Medium::Onsite) => &[
            "Route and travel time checked; arrive 10-15 minutes early",
            "Clean, presentable clothes a notch above the team's usual",
            "Printed CV, a notebook and pen; ID if the building needs it",
            "Energy for a long day: eat beforehand, keep water, use breaks",
        ],
        Some(Medium::TakeHome) => &[
            "Read the whole assignment first; list every requirement and edge case it implies",
            "Plan the time: finish a working version early, then tests and polish",
            "A README: how to run it, your decisions and what you would do next",
            "Send it before the deadline, with a short note",
        ],
        None => {
            &["Ask the recruiter which format the round takes (phone, video, on-site, take-home)"]
        }
    };
    specific
        .iter()
        .chain(common.iter())
        .map(|s| s.to_string())
        .collect()
}

/// The brief for `id`'s next round.
pub fn prepare(ctx: &Context, id: i64) -> Result<Brief, AppError> {
    let app = get(ctx, id)?;
    let medium = app.next_round.as_ref().and_then(|r| r.medium);
    let mut company_notes = Vec::new();
    if let Some(w) = &app.company_does {
        company_notes.push(format!("What they do: {w}"));
    }
    if let Some(s) = &app.stack {
        company_notes.push(format!("Their Python stack: {s}"));
    }
    company_notes.extend(app.notes.iter().cloned());
    for (date, text) in &app.feedback {
        company_notes.push(format!("Feedback from {date}: {text}"));
    }
    if company_notes.is_empty() {
        company_notes.push(format!(
            "No notes yet: read their site, product and engineering blog, then `pyprep apply update {id} --what \"...\" --stack \"...\"`"
        ));
    }
    let mut questions = app.questions.clone();
    if questions.is_empty() {
        questions = vec![
            "What does a typical week look like for this team?".into(),
            "How is code reviewed and deployed, and how often?".into(),
            "What would make someone successful here in the first six months?".into(),
        ];
    }
    let st = stats::compute(ctx)?;
    let mut areas: Vec<_> = st.areas.iter().filter(|(_, s)| s.weight >= 1.0).collect();
    areas.sort_by(|a, b| {
        a.1.score
            .cmp(&b.1.score)
            .then(b.1.weight.total_cmp(&a.1.weight))
    });
    let review = areas
        .iter()
        .take(3)
        .map(|(a, s)| {
            if s.questions > 0 {
                format!("{a} ({}/100): `pyprep drill --area {a}`", s.score)
            } else {
                format!("{a} ({}/100): `pyprep practice --area {a}`", s.score)
            }
        })
        .collect();
    let rehearse = match medium {
        Some(Medium::Phone) => vec!["phone-screen".into()],
        Some(Medium::Onsite) => vec!["onsite-loop".into()],
        Some(Medium::TakeHome) => vec!["take-home".into()],
        _ => vec!["technical-one-to-one".into(), "behavioral-with-pm".into()],
    };
    Ok(Brief {
        application: id,
        company: app.company,
        role: app.role,
        next_round: app.next_round,
        checklist: checklist(medium),
        company_notes,
        questions,
        review,
        rehearse,
    })
}
