/// One episode of care from the Episodes table.
struct Episode {
  var child: String
  var start: Day
  var end: Day?
  var reasonNew: String
  var legalStatus: String
  var placement: String
  var reasonCeased: String
  /// Where it was read, for messages.
  var location: SourceLocation
}

/// A period of care derived from a chain of episodes.
struct DerivedPeriod {
  var child: String
  var start: Day
  var end: Day?
  var endReason: String
  var episodes: [Episode]
}

/// Derives periods of care from episodes: a period starts at an episode with RNE = S and goes on
/// through episodes whose predecessor ended with REC = X1 on the day the next began.
enum EpisodeChains {
  /// The periods of one child's episodes (sorted here by start); breaks in a chain are warnings.
  static func periods(of episodes: [Episode], diagnostics: inout [Diagnostic]) -> [DerivedPeriod] {
    var periods: [DerivedPeriod] = []
    for episode in episodes.sorted(by: { $0.start < $1.start }) {
      if var current = periods.last, let previous = current.episodes.last,
        previous.reasonCeased == "X1", previous.end == episode.start
      {
        current.episodes.append(episode)
        current.end = episode.end
        current.endReason = episode.reasonCeased
        periods[periods.count - 1] = current
        continue
      }
      if episode.reasonNew != "S" {
        let message =
          periods.isEmpty
          ? "the child's earliest episode here (RNE '\(episode.reasonNew)') continues a period of"
            + " care that began earlier; the period is taken to start on \(episode.start) (give"
            + " the previous year's return with --previous to recover its start)"
          : "episode starting \(episode.start) (RNE '\(episode.reasonNew)') does not follow on"
            + " from the one before, which did not end with REC 'X1' on that day; a new period"
            + " of care is started"
        diagnostics.append(
          Diagnostic(.warning, message, at: episode.location, kind: "episode chain"))
      }
      periods.append(
        DerivedPeriod(
          child: episode.child, start: episode.start, end: episode.end,
          endReason: episode.reasonCeased, episodes: [episode]))
    }
    // A chain whose last episode says X1 goes on beyond what the return holds: still open.
    for index in periods.indices where periods[index].endReason == "X1" {
      periods[index].end = nil
      periods[index].endReason = ""
    }
    return periods
  }
}
