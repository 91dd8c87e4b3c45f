//! Ranked full-text search over the bank: prompts and titles weigh most, then topics
//! and ids, then answers and statements. Query words match by stem, or with a typo
//! or two for longer words; rare words count more than common ones.

use std::collections::HashMap;

use pyprep_core::text::{edit_distance, terms, tokens, typo_budget};

use crate::load::{Bank, Item};

struct Doc<'a> {
    item: Item<'a>,
    /// The prompt or title as space-joined lowercase tokens, for phrase matches.
    head: String,
    /// (stemmed term, weight of the best field it appears in)
    terms: HashMap<String, f64>,
}

fn add(terms_out: &mut HashMap<String, f64>, text: &str, weight: f64) {
    for t in terms(text) {
        let e = terms_out.entry(t).or_insert(0.0);
        if *e < weight {
            *e = weight;
        }
    }
}

fn doc(item: Item<'_>) -> Doc<'_> {
    let mut t = HashMap::new();
    let head = match item {
        Item::Question(q) => tokens(&q.meta.prompt).join(" "),
        Item::Exercise(e) => tokens(&e.meta.title).join(" "),
    };
    match item {
        Item::Question(q) => {
            add(&mut t, &q.meta.prompt, 3.0);
            add(&mut t, &q.meta.topics.join(" "), 2.0);
            add(&mut t, &q.meta.id.as_str().replace('-', " "), 2.0);
            add(&mut t, &q.answer, 1.0);
        }
        Item::Exercise(e) => {
            add(&mut t, &e.meta.title, 3.0);
            add(&mut t, &e.meta.topics.join(" "), 2.0);
            add(&mut t, &e.meta.id.as_str().replace('-', " "), 2.0);
            add(&mut t, &e.statement, 1.0);
        }
    }
    Doc {
        item,
        head,
        terms: t,
    }
}

/// Searches the bank; returns items with a score, best first.
pub fn search<'a>(bank: &'a Bank, query: &str) -> Vec<(f64, Item<'a>)> {
    let q: Vec<String> = {
        let mut q = terms(query);
        q.dedup();
        q
    };
    if q.is_empty() {
        return Vec::new();
    }
    let phrase = format!(" {} ", tokens(query).join(" "));
    let docs: Vec<Doc<'a>> = bank
        .exercises
        .iter()
        .map(Item::Exercise)
        .chain(bank.questions.iter().map(Item::Question))
        .map(doc)
        .collect();
    let n = docs.len() as f64;
    let mut df: HashMap<&str, usize> = HashMap::new();
    for d in &docs {
        for t in d.terms.keys() {
            *df.entry(t.as_str()).or_default() += 1;
        }
    }
    let vocab: Vec<&str> = df.keys().copied().collect();
    // Each query word: the vocabulary words it matches, with a match quality.
    let expansions: Vec<Vec<(String, f64)>> = q
        .iter()
        .map(|w| {
            if df.contains_key(w.as_str()) {
                return vec![(w.clone(), 1.0)];
            }
            let budget = typo_budget(w);
            let mut near: Vec<(String, f64)> = vocab
                .iter()
                .filter_map(|v| {
                    let d = edit_distance(w, v, budget);
                    (d <= budget).then(|| (v.to_string(), 0.7 - 0.1 * d as f64))
                })
                .collect();
            if w.len() >= 4 {
                for v in &vocab {
                    if v.starts_with(w.as_str()) && v.len() > w.len() {
                        near.push((v.to_string(), 0.6));
                    }
                }
            }
            near
        })
        .collect();
    let mut scored: Vec<(f64, Item<'a>)> = docs
        .iter()
        .filter_map(|d| {
            let mut score = 0.0;
            let mut matched = 0usize;
            for exp in &expansions {
                let best = exp
                    .iter()
                    .filter_map(|(t, quality)| {
                        let weight = d.terms.get(t)?;
                        let idf = (n / (1.0 + *df.get(t.as_str()).unwrap_or(&0) as f64))
                            .ln()
                            .max(0.1)
                            + 1.0;
                        Some(weight * quality * idf)
                    })
                    .fold(0.0f64, f64::max);
                if best > 0.0 {
                    matched += 1;
                    score += best;
                }
            }
            if matched == 0 {
                return None;
            }
            let coverage = matched as f64 / expansions.len() as f64;
            // The whole query as a phrase in the prompt or title.
            let bonus = if format!(" {} ", d.head).contains(&phrase) {
                1.5
            } else {
                1.0
            };
            Some((
                (score * coverage * coverage * bonus * 100.0).round() / 100.0,
                d.item,
            ))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| id(&a.1).cmp(id(&b.1))));
    scored
}

fn id<'a>(item: &Item<'a>) -> &'a str {
    match item {
        Item::Exercise(e) => e.meta.id.as_str(),
        Item::Question(q) => q.meta.id.as_str(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_embedded;

    fn top(bank: &Bank, query: &str) -> Vec<String> {
        search(bank, query)
            .into_iter()
            .take(3)
            .map(|(_, i)| id(&i).to_string())
            .collect()
    }

    #[test]
    fn finds_by_words_and_survives_typos() {
        let (bank, _) = load_embedded();
        if bank.questions.is_empty() {
            return;
        }
        let exact = top(&bank, "What is a namespace?");
        assert!(!exact.is_empty());
        let typo = top(&bank, "namespcae");
        assert!(
            typo.iter().any(|id| Some(id) == exact.first()),
            "{typo:?} vs {exact:?}"
        );
        assert!(search(&bank, "zzzzqqq").is_empty());
    }
}
