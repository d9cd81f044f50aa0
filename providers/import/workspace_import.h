#pragma once

#include "document_importer.h"

namespace docket {

struct WorkspaceImport {
    enum class Kind { Added, Updated, Unchanged };

    ImportedDocument imported; // as stored: an updated document keeps its id and matched block ids
    Kind kind = Kind::Added;
    int changedBlocks = 0;
    int addedBlocks = 0;
    int removedBlocks = 0;
};

// Imports a spec and stores it with its blocks in a workspace, all or nothing. A spec imported
// before from the same path updates that document: unchanged and reworded blocks keep their ids,
// so their tickets stay attached (see matchBlocks). Opens its own connection to the workspace, so
// it may run on a worker thread while the UI keeps its own.
Result<WorkspaceImport> importIntoWorkspace(const QString &specPath, const QString &workspacePath,
                                            const ImportOptions &options, const QString &actor);

// The same for bytes already in memory (the bundled sample spec).
Result<WorkspaceImport> importBytesIntoWorkspace(const QByteArray &bytes, const QString &sourceName,
                                                 DocumentFormat format, const QString &workspacePath,
                                                 const ImportOptions &options, const QString &actor);

} // namespace docket
