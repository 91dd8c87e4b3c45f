//! Comparing what a submission returned (as JSON, from inside the sandbox) with the
//! expected value (which never entered it).

use pyprep_bank::Compare;
use serde_json::{Number, Value};

/// Whether `got` matches `expected` under `mode`.
pub fn matches(expected: &Value, got: &Value, mode: Compare, tolerance: Option<f64>) -> bool {
    match mode {
        Compare::Exact => equal(expected, got, None, false),
        Compare::Float => equal(expected, got, Some(tolerance.unwrap_or(1e-6)), false),
        Compare::Unordered => match (expected, got) {
            (Value::Array(a), Value::Array(b)) => {
                same_multiset(a, b, |x, y| equal(x, y, None, false))
            }
            _ => equal(expected, got, None, false),
        },
        Compare::UnorderedDeep => equal(expected, got, None, true),
    }
}

fn equal(a: &Value, b: &Value, tol: Option<f64>, deep_unordered: bool) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => numbers_equal(x, y, tol),
        (Value::Array(x), Value::Array(y)) => {
            if deep_unordered {
                same_multiset(x, y, |p, q| equal(p, q, tol, true))
            } else {
                x.len() == y.len()
                    && x.iter()
                        .zip(y)
                        .all(|(p, q)| equal(p, q, tol, deep_unordered))
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| equal(v, w, tol, deep_unordered)))
        }
        _ => false,
    }
}

fn same_multiset(a: &[Value], b: &[Value], eq: impl Fn(&Value, &Value) -> bool) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut used = vec![false; b.len()];
    'outer: for x in a {
        for (i, y) in b.iter().enumerate() {
            if !used[i] && eq(x, y) {
                used[i] = true;
                continue 'outer;
            }
        }
        return false;
    }
    true
}

/// Integers compare exactly however large; anything with a fraction or exponent
/// compares as a float, like Python's `==` between int and float.
fn numbers_equal(a: &Number, b: &Number, tol: Option<f64>) -> bool {
    let (sa, sb) = (a.to_string(), b.to_string());
    let is_int = |s: &str| !s.contains(['.', 'e', 'E']);
    if tol.is_none() && is_int(&sa) && is_int(&sb) {
        return normalize_int(&sa) == normalize_int(&sb);
    }
    match (sa.parse::<f64>(), sb.parse::<f64>()) {
        (Ok(x), Ok(y)) => match tol {
            Some(t) => (x - y).abs() <= t.max(t * x.abs().max(y.abs())),
            None => x == y,
        },
        _ => false,
    }
}

fn normalize_int(s: &str) -> String {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        "0".to_string()
    } else if neg {
        format!("-{digits}")
    } else {
        digits.to_string()
    }
}

/// Stdout comparison: trailing whitespace on each line and trailing blank lines are
/// ignored; everything else must match.
pub fn stdout_matches(expected: &str, got: &str) -> bool {
    normalize_output(expected) == normalize_output(got)
}

/// The form in which stdout is compared.
pub fn normalize_output(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let end = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |i| i + 1);
    lines[..end].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn v(s: &str) -> Value {
        serde_json::from_str(s).unwrap()
    }

    #[test]
    fn numbers_by_value_bools_apart() {
        assert!(matches(&json!(2), &v("2.0"), Compare::Exact, None));
        assert!(!matches(&json!(1), &json!(true), Compare::Exact, None));
        assert!(!matches(&json!(false), &json!(0), Compare::Exact, None));
        assert!(matches(
            &v("123456789012345678901234567890"),
            &v("123456789012345678901234567890"),
            Compare::Exact,
            None
        ));
        assert!(!matches(
            &v("123456789012345678901234567890"),
            &v("123456789012345678901234567891"),
            Compare::Exact,
            None
        ));
    }

    #[test]
    fn unordered_modes() {
        assert!(matches(
            &json!([1, 2, 2]),
            &json!([2, 1, 2]),
            Compare::Unordered,
            None
        ));
        assert!(!matches(
            &json!([1, 2, 2]),
            &json!([2, 1, 1]),
            Compare::Unordered,
            None
        ));
        assert!(!matches(
            &json!([[1, 2]]),
            &json!([[2, 1]]),
            Compare::Unordered,
            None
        ));
        assert!(matches(
            &json!([[1, 2], [3]]),
            &json!([[3], [2, 1]]),
            Compare::UnorderedDeep,
            None
        ));
    }

    #[test]
    fn float_tolerance() {
        assert!(matches(
            &json!(0.3),
            &json!(0.1 + 0.2),
            Compare::Float,
            None
        ));
        assert!(!matches(
            &json!(0.3),
            &json!(0.31),
            Compare::Float,
            Some(1e-3)
        ));
        assert!(matches(
            &json!([1.0, 2.0]),
            &json!([1.0000001, 2.0]),
            Compare::Float,
            None
        ));
    }

    #[test]
    fn stdout_ignores_trailing_space() {
        assert!(stdout_matches("1 2\n3\n", "1 2  \n3\n\n\n"));
        assert!(!stdout_matches("1 2\n3\n", "1  2\n3\n"));
        assert!(stdout_matches("", "\n"));
    }
}
