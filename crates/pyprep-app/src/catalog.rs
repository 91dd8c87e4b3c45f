//! The bank as users browse it: summaries for lists and search, full items for
//! `show`, counts per area.

use std::collections::BTreeMap;

use pyprep_bank::{Bank, Case, Item};
use pyprep_core::{Area, Kind};
use serde_json::{Value, json};

use crate::context::AppError;

/// Filters of `list`.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this kind.
    pub kind: Option<Kind>,
    /// Only this area.
    pub area: Option<Area>,
    /// Only questions of this level.
    pub level: Option<pyprep_core::Level>,
    /// Only items for this role (exercises suit every role).
    pub role: Option<pyprep_core::Role>,
    /// Only items with this topic.
    pub topic: Option<String>,
    /// Only exercises of this difficulty.
    pub difficulty: Option<pyprep_core::Difficulty>,
}

impl Filter {
    fn keeps(&self, item: Item<'_>) -> bool {
        match item {
            Item::Question(q) => {
                let m = &q.meta;
                self.kind.is_none_or(|k| k == m.kind)
                    && self.difficulty.is_none()
                    && self.area.is_none_or(|a| a == m.area)
                    && self.level.is_none_or(|l| l == m.level)
                    && self.role.is_none_or(|r| m.roles.contains(&r))
                    && self
                        .topic
                        .as_ref()
                        .is_none_or(|t| m.topics.iter().any(|x| x.eq_ignore_ascii_case(t)))
            }
            Item::Exercise(e) => {
                let m = &e.meta;
                self.kind.is_none_or(|k| k == Kind::Exercise)
                    && self.difficulty.is_none_or(|d| d == m.difficulty)
                    && self.area.is_none_or(|a| a == m.area)
                    && self.level.is_none()
                    && self
                        .topic
                        .as_ref()
                        .is_none_or(|t| m.topics.iter().any(|x| x.eq_ignore_ascii_case(t)))
            }
        }
    }
}

/// The summary of an item, as `list` and `search` print it.
pub fn summary(item: Item<'_>) -> Value {
    match item {
        Item::Question(q) => {
            let m = &q.meta;
            json!({"id": m.id, "kind": m.kind, "prompt": m.prompt, "area": m.area, "topics": m.topics, "level": m.level, "roles": m.roles})
        }
        Item::Exercise(e) => {
            let m = &e.meta;
            json!({"id": m.id, "kind": "exercise", "title": m.title, "area": m.area, "topics": m.topics,
                   "difficulty": m.difficulty, "grading": m.grading, "requires": m.requires})
        }
    }
}

/// Items matching the filter: questions first (by area, then id), then exercises.
pub fn list<'a>(bank: &'a Bank, filter: &Filter) -> Vec<Item<'a>> {
    let mut qs: Vec<Item<'a>> = bank
        .questions
        .iter()
        .map(Item::Question)
        .filter(|i| filter.keeps(*i))
        .collect();
    qs.sort_by_key(|i| match i {
        Item::Question(q) => (q.meta.area, q.meta.id.clone()),
        Item::Exercise(e) => (e.meta.area, e.meta.id.clone()),
    });
    qs.extend(
        bank.exercises
            .iter()
            .map(Item::Exercise)
            .filter(|i| filter.keeps(*i)),
    );
    qs
}

/// An item by id, or an error with the closest ids.
pub fn find<'a>(bank: &'a Bank, id: &str) -> Result<Item<'a>, AppError> {
    bank.get(id).ok_or_else(|| AppError::UnknownItem {
        id: id.to_string(),
        suggestions: bank.suggest(id),
    })
}

/// Every field of an item, for `show --json`. The reference solution only with `reveal`.
pub fn detail(item: Item<'_>, reveal: bool) -> Value {
    match item {
        Item::Question(q) => {
            let mut v = serde_json::to_value(&q.meta).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut v {
                map.insert("answer".into(), Value::String(q.answer.trim().to_string()));
                if q.meta.star.is_none() {
                    map.remove("star");
                }
            }
            v
        }
        Item::Exercise(e) => {
            let mut v = serde_json::to_value(&e.meta).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut v {
                map.insert("kind".into(), json!("exercise"));
                map.insert("statement".into(), Value::String(e.statement.clone()));
                map.insert("starter".into(), Value::String(e.starter.clone()));
                map.remove("wrong");
                let visible: Vec<Value> = e
                    .cases
                    .iter()
                    .filter(|c| !c.hidden())
                    .map(|c| match c {
                        Case::Function(f) => json!({"name": f.name, "args": f.args, "kwargs": f.kwargs, "expected": f.expected}),
                        Case::Calls(f) => json!({"name": f.name, "calls": f.calls, "expected": f.expected}),
                        Case::Stdio(f) => json!({"name": f.name, "stdin": f.stdin, "stdout": f.stdout}),
                    })
                    .collect();
                map.insert("examples".into(), Value::Array(visible));
                map.insert("tests".into(), json!({"total": e.cases.len().max(e.test_modules().len()), "hidden": e.cases.iter().filter(|c| c.hidden()).count()}));
                if reveal {
                    map.insert("reference".into(), Value::String(e.reference.clone()));
                }
            }
            v
        }
    }
}

/// Counts per area and kind, with totals.
pub fn areas(bank: &Bank) -> Value {
    let mut per: BTreeMap<&'static str, BTreeMap<&'static str, usize>> = BTreeMap::new();
    for a in Area::ALL {
        per.insert(
            a.as_str(),
            Kind::ALL.iter().map(|k| (k.as_str(), 0)).collect(),
        );
    }
    for q in &bank.questions {
        *per.entry(q.meta.area.as_str())
            .or_default()
            .entry(q.meta.kind.as_str())
            .or_default() += 1;
    }
    for e in &bank.exercises {
        *per.entry(e.meta.area.as_str())
            .or_default()
            .entry("exercise")
            .or_default() += 1;
    }
    let mut totals: BTreeMap<&str, usize> = Kind::ALL.iter().map(|k| (k.as_str(), 0)).collect();
    let mut out = serde_json::Map::new();
    for a in Area::ALL {
        let counts = &per[a.as_str()];
        let total: usize = counts.values().sum();
        for (k, n) in counts {
            *totals.entry(k).or_default() += n;
        }
        let mut obj: serde_json::Map<String, Value> = counts
            .iter()
            .map(|(k, n)| (k.to_string(), json!(n)))
            .collect();
        obj.insert("total".into(), json!(total));
        out.insert(a.as_str().to_string(), Value::Object(obj));
    }
    let grand: usize = totals.values().sum();
    json!({"areas": out, "totals": totals, "total": grand})
}
