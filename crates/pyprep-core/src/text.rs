//! Text normalisation shared by search and answer feedback: lowercase word tokens,
//! a light suffix-stripping stemmer (so `races`, `racing` and `race` meet), stop
//! words, and a bounded edit distance for typo tolerance.

/// Words too common to carry meaning in a query or a key-point term.
const STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how",
    "i", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "what", "when",
    "which", "why", "with", "you", "your",
];

/// Whether `word` (already lowercase) is a stop word.
pub fn is_stop(word: &str) -> bool {
    STOP.binary_search(&word).is_ok()
}

/// Lowercase alphanumeric tokens of `text` (underscores and digits kept, so
/// `__init__` and `utf8` stay whole).
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map(|w| w.trim_matches('_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A light stemmer: strips common English inflections.
pub fn stem(word: &str) -> String {
    let w = word;
    if w.len() <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    for (suffix, min) in [
        ("ations", 4),
        ("ation", 4),
        ("ings", 4),
        ("ing", 3),
        ("ies", 3),
        ("ied", 3),
        ("edly", 4),
        ("ed", 3),
        ("ly", 4),
        ("es", 4),
        ("s", 3),
    ] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.len() >= min
        {
            if suffix == "ies" || suffix == "ied" {
                return format!("{base}y");
            }
            if suffix == "s" && (base.ends_with('s') || base.ends_with('u') || base.ends_with('i'))
            {
                return w.to_string();
            }
            let base = base.trim_end_matches('e');
            return base.to_string();
        }
    }
    w.trim_end_matches('e').to_string()
}

/// Stemmed, stop-word-free tokens.
pub fn terms(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter(|w| !is_stop(w))
        .map(|w| stem(&w))
        .collect()
}

/// Levenshtein distance, giving up (returning `max + 1`) once it must exceed `max`.
pub fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        let mut best = cur[0];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
            best = best.min(cur[j + 1]);
        }
        if best > max {
            return max + 1;
        }
        prev = cur;
    }
    prev[b.len()]
}

/// How many typos a word of this length may carry and still match.
pub fn typo_budget(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        let mut sorted = STOP.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOP);
    }

    #[test]
    fn inflections_meet() {
        assert_eq!(stem("races"), stem("race"));
        assert_eq!(stem("racing"), stem("race"));
        assert_eq!(stem("decorators"), stem("decorator"));
        assert_eq!(stem("copies"), "copy");
        assert_eq!(stem("class"), "class");
        assert_eq!(stem("process"), "process");
    }

    #[test]
    fn tokens_keep_dunders_whole() {
        assert_eq!(
            tokens("What does __init__ do? GIL!"),
            vec!["what", "does", "init", "do", "gil"]
        );
        assert_eq!(
            terms("How does a linked list work"),
            vec!["link", "list", "work"]
        );
    }

    #[test]
    fn bounded_edit_distance() {
        assert_eq!(edit_distance("namespace", "namespcae", 2), 2);
        assert_eq!(edit_distance("gil", "gil", 0), 0);
        assert!(edit_distance("decorator", "generator", 1) > 1);
    }
}
