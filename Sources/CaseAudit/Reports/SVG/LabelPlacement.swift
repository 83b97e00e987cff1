/// Places short labels beside points of a plot so that no label covers another label or a
/// point: each label takes the first free spot of a fixed list around its point, nearest first,
/// and one that finds none is drawn further out with a leader line. Deterministic: points are
/// placed in the order given.
struct LabelPlacement {
  /// A rectangle in plot coordinates.
  struct Box {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    func overlaps(_ other: Box) -> Bool {
      x < other.x + other.width && other.x < x + width && y < other.y + other.height
        && other.y < y + height
    }

    func inside(_ other: Box) -> Bool {
      x >= other.x && y >= other.y && x + width <= other.x + other.width
        && y + height <= other.y + other.height
    }
  }

  /// Where one label goes: its text's box and whether a leader line joins it to its point.
  struct Spot {
    /// The box the text occupies (its baseline is `y + height - 2`).
    var box: Box
    /// Whether the label is far enough from its point to need a line to it.
    var leader: Bool
  }

  /// The labels' character width and height, for the font size the plots use.
  static let (characterWidth, height) = (6.2, 11.0)

  /// Spots for labels of the given texts at the given points, kept inside `bounds`; points are
  /// circles of `radius`.
  static func place(
    _ labels: [(text: String, x: Double, y: Double)], radius: Double, bounds: Box
  ) -> [Spot] {
    var taken = labels.map {
      Box(x: $0.x - radius, y: $0.y - radius, width: 2 * radius, height: 2 * radius)
    }
    var spots: [Spot] = []
    for label in labels {
      let width = Double(label.text.count) * characterWidth + 2
      let candidates = [1.0, 2.2, 3.6].flatMap { ring in
        offsets(width: width, gap: radius + 2 + (ring - 1) * 10).map { ($0, ring > 1) }
      }
      let boxes = candidates.map { offset, leader in
        (Box(x: label.x + offset.0, y: label.y + offset.1, width: width, height: height), leader)
      }
      let free = boxes.first { box, _ in
        box.inside(bounds) && !taken.contains { $0.overlaps(box) }
      }
      let (box, leader) = free ?? boxes.first { $0.0.inside(bounds) } ?? boxes[0]
      taken.append(box)
      spots.append(Spot(box: box, leader: leader))
    }
    return spots
  }

  /// Offsets of a label's top-left corner from its point: right, left, above, below, then the
  /// four diagonals.
  private static func offsets(width: Double, gap: Double) -> [(Double, Double)] {
    let middle = -height / 2
    return [
      (gap, middle), (-gap - width, middle), (-width / 2, -gap - height), (-width / 2, gap),
      (gap, -gap - height + 2), (gap, gap - 2), (-gap - width, -gap - height + 2),
      (-gap - width, gap - 2),
    ]
  }
}
