/// Output made in parts on every core and written in order as each part is ready: `count`
/// things are cut into chunks of `chunk`, each chunk's bytes are made into a sink of its own
/// (on any core), and the chunks are written into the destination sink in order, each dropped
/// once written. The bytes are those of making every chunk in turn into one sink; memory holds
/// at most `window` chunks, however large the output.
enum ParallelOutput {
  /// The chunks a run of `count` things is cut into.
  static func chunks(_ count: Int, chunk: Int) -> Int { (count + chunk - 1) / chunk }

  /// Writes `0 ..< count` into `sink` chunk by chunk: `make` writes the things of a range into
  /// the sink it is given and returns what is to be added to `total` (counts for a summary);
  /// `add` adds them, in chunk order. Returns the total.
  @discardableResult
  static func write<Part: Sendable, Total: Sendable>(
    _ count: Int, chunk: Int, window: Int = 8, to sink: inout ByteSink, total: Total,
    make: @Sendable (Range<Int>, inout ByteSink) -> Part,
    add: @Sendable (inout Total, Part) -> Void
  ) -> Total {
    precondition(chunk > 0, "a chunk holds at least one thing")
    let state = Writing(sink: consume sink, total: total)
    let done = OrderedPipeline.run(chunks(count, chunk: chunk), state: state, window: window) {
      part in
      let range = (part * chunk)..<min(count, (part + 1) * chunk)
      var bytes = ByteSink()
      let made = make(range, &bytes)
      return Made(bytes: bytes.takeBytes(), part: made)
    } collect: { writing, _, made in
      made.bytes.withBytes { writing.sink.write(bytes: $0) }
      add(&writing.total, made.part)
    }
    let total = done.total
    sink = done.sink
    return total
  }

  /// One chunk's bytes and what it adds to the total: the bytes are moved from the sink they
  /// were made in to the destination, copied only into it (or not at all, when it passes them
  /// straight on to a file).
  private struct Made<Part: Sendable>: Sendable {
    let bytes: SinkBytes
    let part: Part
  }

  /// The destination and the total, moved through the pipeline together.
  private struct Writing<Total: Sendable>: ~Copyable, Sendable {
    var sink: ByteSink
    var total: Total
  }
}
