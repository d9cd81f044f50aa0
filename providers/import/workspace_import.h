#pragma once

#include "document_importer.h"

namespace docket {

// Imports a spec and stores it with its blocks in a workspace, all or nothing. Opens its own
// connection to the workspace, so it may run on a worker thread while the UI keeps its own.
Result<ImportedDocument> importIntoWorkspace(const QString &specPath, const QString &workspacePath,
                                             const ImportOptions &options, const QString &actor);

// The same for bytes already in memory (the bundled sample spec).
Result<ImportedDocument> importBytesIntoWorkspace(const QByteArray &bytes, const QString &sourceName,
                                                  DocumentFormat format, const QString &workspacePath,
                                                  const ImportOptions &options, const QString &actor);

} // namespace docket
