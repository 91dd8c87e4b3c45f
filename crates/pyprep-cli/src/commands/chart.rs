//! Small terminal charts: horizontal bars and sparklines.

/// A bar of `width` cells filled to `value / max`, with eighth-cell precision.
pub fn bar(value: f64, max: f64, width: usize) -> String {
    const PARTS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];
    let frac = if max > 0.0 {
        (value / max).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let eighths = (frac * width as f64 * 8.0).round() as usize;
    let full = eighths / 8;
    let mut s: String = "█".repeat(full);
    if full < width {
        let rest = eighths % 8;
        if rest > 0 {
            s.push(PARTS[rest - 1]);
        } else {
            s.push('·');
        }
        s.push_str(&"·".repeat(width - full - 1));
    }
    s
}

/// A sparkline of `values` (one character each), scaled to the largest; zero is a
/// space-like baseline so quiet days stand out.
pub fn sparkline(values: &[usize]) -> String {
    const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = values.iter().copied().max().unwrap_or(0);
    values
        .iter()
        .map(|&v| {
            if v == 0 || max == 0 {
                '·'
            } else {
                LEVELS[((v * 8).div_ceil(max)).clamp(1, 8) - 1]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_in_proportion_and_keep_their_width() {
        assert_eq!(bar(0.0, 100.0, 10), "··········");
        assert_eq!(bar(100.0, 100.0, 10), "██████████");
        assert_eq!(bar(50.0, 100.0, 10), "█████·····");
        assert_eq!(bar(55.0, 100.0, 10).chars().count(), 10);
        assert_eq!(bar(5.0, 0.0, 4), "····");
    }

    #[test]
    fn sparklines_scale_to_the_busiest_day() {
        assert_eq!(sparkline(&[0, 1, 8]), "·▁█");
        assert_eq!(sparkline(&[3]), "█");
        assert_eq!(sparkline(&[1, 2, 3, 4]), "▂▄▆█");
        assert_eq!(sparkline(&[]), "");
        assert_eq!(sparkline(&[0, 0]), "··");
    }
}
