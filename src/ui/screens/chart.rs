//! Charts over time: a line per series against a time axis labelled in years, with the value
//! axis labelled too, each line named with its latest value in the legend. Money spans five
//! orders of magnitude over a game, so money charts use a log scale with labels at each tenfold.

use super::super::theme::Theme;
use crate::basic::text::pct;
use crate::sim::Money;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph, Widget};

/// How a chart's values read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// Money in thousands, on a log scale (values at or below zero are left out).
    Money,
    /// A share, 0–1, shown in percent from zero.
    Share,
    /// Cents, from zero.
    Cents,
}

/// One line of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Its name in the legend.
    pub name: String,
    /// (fractional year, value) pairs, in time order.
    pub points: Vec<(f64, f64)>,
}

impl Series {
    /// A series from (fractional year, value) pairs.
    pub fn new(name: &str, points: impl Iterator<Item = (f64, f64)>) -> Series {
        Series {
            name: name.to_string(),
            points: points.collect(),
        }
    }

    fn latest(&self) -> Option<f64> {
        self.points.last().map(|p| p.1)
    }
}

/// How a value reads, in the scale's terms.
fn label(scale: Scale, v: f64) -> String {
    match scale {
        Scale::Money => Money::from_f64(v).to_string(),
        Scale::Share => pct(v),
        Scale::Cents => format!("{v:.0}¢"),
    }
}

/// Markers that tell the lines apart without colour, in order, and how the legend draws each.
const MARKERS: [(Marker, &str); 6] = [
    (Marker::Braille, "⠒⠒"),
    (Marker::Dot, "••"),
    (Marker::Bar, "▄▄"),
    (Marker::Custom('+'), "++"),
    (Marker::Custom('×'), "××"),
    (Marker::Custom('○'), "○○"),
];

/// Draws a chart of `series` into `area` (with `block` around it, if any).
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    t: &Theme,
    block: Option<Block<'static>>,
    scale: Scale,
    series: &[Series],
) {
    let inner = block.as_ref().map_or(area, |b| b.inner(area));
    if let Some(b) = block {
        b.render(area, buf);
    }
    if inner.height < 4 || inner.width < 12 {
        return;
    }
    // The legend sits under the chart, so it never hides the lines: a line, or two if needed.
    let mut spans = Vec::new();
    for (i, s) in series.iter().enumerate() {
        let now = s.latest().map(|v| label(scale, v)).unwrap_or_default();
        spans.push(Span::styled(
            MARKERS[i % MARKERS.len()].1,
            t.series[i % t.series.len()],
        ));
        // No-break spaces keep an entry whole when the legend wraps to a second line.
        let entry = format!(" {} {now}", s.name).replace(' ', "\u{a0}");
        spans.push(Span::styled(format!("{entry}   "), t.text));
    }
    let legend_line = Line::from(spans);
    // As many rows as the entries need, up to a quarter of the chart (at least one).
    let plain: String = legend_line
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect();
    let needed = textwrap::wrap(plain.trim_end(), usize::from(inner.width)).len();
    let legend_rows = u16::try_from(needed)
        .unwrap_or(u16::MAX)
        .clamp(1, (inner.height / 4).max(1));
    let legend = Rect::new(
        inner.x,
        inner.bottom() - legend_rows,
        inner.width,
        legend_rows,
    );
    let inner = Rect::new(inner.x, inner.y, inner.width, inner.height - legend_rows);
    Paragraph::new(legend_line)
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(legend, buf);
    // Log money plots log10 of the value, so a tenfold rise is one step up.
    let y = |v: f64| match scale {
        Scale::Money if v > 0.0 => Some(v.log10()),
        Scale::Money => None,
        _ => Some(v),
    };
    let data: Vec<Vec<(f64, f64)>> = series
        .iter()
        .map(|s| {
            s.points
                .iter()
                .filter_map(|&(x, v)| y(v).map(|yv| (x, yv)))
                .collect()
        })
        .collect();
    let all = data.iter().flatten();
    let (x0, x1) = all
        .clone()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (y0, y1) = all.fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    if x0 > x1 {
        return;
    }
    let (y0, y1) = match scale {
        Scale::Money => (y0.floor(), y1.ceil().max(y0.floor() + 1.0)),
        // A share's axis never runs past 100%, where the headroom would read as a share.
        Scale::Share if y1 > 0.0 => (0.0, (y1 * 1.05).min(1.0_f64.max(y1))),
        _ => (0.0, if y1 > 0.0 { y1 * 1.05 } else { 1.0 }),
    };
    // Money's axis runs from one labelled tenfold to another: every one while they fit, else
    // every second or third one, and its top is a labelled one at or above the highest value.
    let every = ((y1 - y0) as usize + 1)
        .div_ceil(usize::from(inner.height / 2).max(2))
        .max(1);
    let y1 = match scale {
        Scale::Money => y0 + ((y1 - y0) / every as f64).ceil().max(1.0) * every as f64,
        _ => y1,
    };
    let value = |yv: f64| match scale {
        Scale::Money => label(scale, 10f64.powf(yv)),
        _ => label(scale, yv),
    };
    let y_labels: Vec<Line> = match scale {
        // The axis ends at a labelled tenfold, so labels sit where their values are.
        Scale::Money => (y0 as i32..=y1 as i32)
            .step_by(every)
            .map(|k| Line::from(value(f64::from(k))))
            .collect(),
        _ => vec![
            Line::from(value(y0)),
            Line::from(value((y0 + y1) / 2.0)),
            Line::from(value(y1)),
        ],
    };
    let first = x0.floor() as i32;
    let last = x1.floor() as i32;
    let x_labels: Vec<Line> = if last - first >= 2 && inner.width >= 30 {
        vec![
            Line::from(first.to_string()),
            Line::from(((first + last) / 2).to_string()),
            Line::from(last.to_string()),
        ]
    } else {
        vec![Line::from(first.to_string()), Line::from(last.to_string())]
    };
    let datasets: Vec<Dataset> = series
        .iter()
        .zip(&data)
        .enumerate()
        .map(|(i, (_, d))| {
            Dataset::default()
                .marker(MARKERS[i % MARKERS.len()].0)
                .graph_type(GraphType::Line)
                .style(t.series[i % t.series.len()])
                .data(d)
        })
        .collect();
    Chart::new(datasets)
        .style(t.text)
        .x_axis(
            Axis::default()
                .bounds([x0, x1.max(x0 + 0.25)])
                .labels(x_labels)
                .labels_alignment(Alignment::Center)
                .style(t.dim),
        )
        .y_axis(
            Axis::default()
                .bounds([y0, y1])
                .labels(y_labels)
                .style(t.dim),
        )
        .legend_position(None)
        .render(inner, buf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme::ThemeKind;

    /// The money labels down the left edge, top first, as values in thousands.
    fn labels(buf: &Buffer) -> Vec<(u16, i64)> {
        (0..buf.area.height)
            .filter_map(|y| {
                let row: String = (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect();
                let word = row.trim_start().split(['│', ' ']).next()?.to_string();
                let digits = word.strip_prefix('$')?;
                let (number, unit) = digits.split_at(digits.len().checked_sub(1)?);
                let thousands = match unit {
                    "K" => 1.0,
                    "M" => 1e3,
                    "B" => 1e6,
                    "T" => 1e9,
                    _ => return None,
                };
                Some((y, (number.parse::<f64>().ok()? * thousands).round() as i64))
            })
            .collect()
    }

    #[test]
    fn the_money_axis_reaches_past_the_highest_value_at_every_height() {
        let theme = Theme::new(ThemeKind::Mono);
        // From $100K to $949.5B, as a company's valuation runs over a game.
        let series = vec![Series::new(
            "Valuation",
            [(1995.5, 100.0), (2007.0, 2.0e6), (2017.0, 949_500_000.0)].into_iter(),
        )];
        for height in 6..40 {
            let area = Rect::new(0, 0, 60, height);
            let mut buf = Buffer::empty(area);
            draw(&mut buf, area, &theme, None, Scale::Money, &series);
            let found = labels(&buf);
            let Some(&(_, top)) = found.first() else {
                continue;
            };
            assert!(
                top >= 949_500_000,
                "height {height}: top label {top} in {found:?}"
            );
            // Labels a fixed number of tenfolds apart, evenly down the axis.
            let ratios: Vec<i64> = found.windows(2).map(|w| w[0].1 / w[1].1).collect();
            assert!(
                ratios.windows(2).all(|r| r[0] == r[1]),
                "height {height}: {found:?}"
            );
        }
    }
}
