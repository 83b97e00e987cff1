import Foundation

/// A synthetic canonical export shaped like the reference IRO service's year: realistic enough to
/// demonstrate and test with, with faults injected at documented rates. Deterministic per seed.
public struct SyntheticExport: Sendable {
  /// What to generate.
  public let options: GeneratorOptions
  /// The calendar that working-day timescales use.
  public let calendar: HolidayCalendar

  /// Creates a generator.
  public init(options: GeneratorOptions, calendar: HolidayCalendar) {
    self.options = options
    self.calendar = calendar
  }

  /// Generates every file; children are generated in parallel chunks joined in order, so the
  /// output does not depend on the number of threads.
  public func generate() -> ExportBuffers {
    let staff = ServiceStaff(children: options.children, seed: options.seed)
    var out = ExportBuffers()
    out.teams.append(ServiceStaff.iroTeam.id, ServiceStaff.iroTeam.name)
    for team in ServiceStaff.teams { out.teams.append(team.id, team.name) }
    for person in staff.everyone {
      out.professionals.append(person.id, person.name, person.role, person.team)
    }
    let chunkSize = 2_000
    let chunks = (options.children + chunkSize - 1) / chunkSize
    let options = self.options
    let calendar = self.calendar
    let parts = ParallelMap.map(chunks) { chunk in
      var buffers = ExportBuffers()
      let range = (chunk * chunkSize)..<min(options.children, (chunk + 1) * chunkSize)
      for index in range {
        var child = ChildGenerator(index: index, options: options, calendar: calendar, staff: staff)
        buffers.append(child.generate())
      }
      return buffers
    }
    for part in parts { out.append(part) }
    return out
  }

  /// Writes the export's files into a folder, each atomically; never over files of the same
  /// names that CaseAudit did not generate (see `GeneratedFolder`).
  public func write(to directory: String) throws -> ExportBuffers {
    let buffers = generate()
    let folder = try GeneratedFolder.prepare(directory, for: buffers.files.map(\.file))
    try folder.write(buffers.files.map { ($0.file, $0.buffer.bytes) })
    return buffers
  }
}

extension SyntheticExport {
  /// Writes the export as SSDA903 returns: the reporting year's into `directory` and the year
  /// before's into `directory/previous`, each file atomically.
  public func writeSSDA903(to directory: String, schema: Schema) throws
    -> [(folder: String, files: [(file: String, buffer: CSVBuffer)])]
  {
    let buffers = generate()
    let files = Dictionary(uniqueKeysWithValues: buffers.files.map { ($0.file, $0.buffer.bytes) })
    let data = CanonicalImporter(schema: schema).load(files: files, directory: "").dataset
    let years = [
      (directory, options.yearStart, options.yearEnd),
      (
        directory + "/previous", options.yearStart.shifted(months: -12),
        options.yearStart.shifted(days: -1)
      ),
    ]
    let returns = years.map { folder, start, end in
      (folder, SSDA903Writer(data: data, yearStart: start, yearEnd: end).files())
    }
    // Both folders are checked before either is written.
    let folders = try returns.map { folder, files in
      try GeneratedFolder.prepare(folder, for: files.map(\.file))
    }
    for (folder, (_, files)) in zip(folders, returns) {
      try folder.write(files.map { ($0.file, $0.buffer.bytes) })
    }
    return returns
  }
}
