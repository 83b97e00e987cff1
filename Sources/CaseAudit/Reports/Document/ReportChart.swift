/// A chart drawn from numbers (not a picture made elsewhere): a renderer draws it as SVG in HTML
/// and, where it cannot draw, shows its numbers as a table.
public struct ReportChart: Sendable {
  /// How the numbers are drawn.
  public enum Kind: Sendable, Hashable {
    /// One bar per category for each series, side by side.
    case bars
    /// One line per series across the categories (a trend over time).
    case lines
  }

  /// The chart's title.
  public var title: String
  /// How it is drawn.
  public var kind: Kind
  /// The categories along the horizontal axis, in order (`2016` … `2022`, `Apr` … `Mar`).
  public var categories: [String]
  /// What the vertical axis measures (`Children looked after`).
  public var valueLabel: String
  /// The series drawn; each has one value per category (nil where there is none).
  public var series: [Series]

  /// One named set of values, a bar colour or a line.
  public struct Series: Sendable, Hashable {
    /// The series' name in the legend (`2021-22`).
    public var name: String
    /// One value per category.
    public var values: [Double?]

    /// Creates a series.
    public init(name: String, values: [Double?]) {
      self.name = name
      self.values = values
    }
  }

  /// Creates a chart.
  public init(
    title: String, kind: Kind, categories: [String], valueLabel: String, series: [Series]
  ) {
    self.title = title
    self.kind = kind
    self.categories = categories
    self.valueLabel = valueLabel
    self.series = series
  }
}
