#include "workspace_import.h"

#include "domain/block_matching.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::DocumentImporter)
};

QString samePlace(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

Result<WorkspaceImport> store(Result<ImportedDocument> parsed, const QString &workspacePath,
                              const ImportOptions &options, const QString &actor)
{
    if (!parsed)
        return parsed.error();
    if (options.cancelled && options.cancelled->load())
        return Error{Text::tr("Import cancelled."), parsed.value().document.sourcePath};

    auto opened = Workspace::open(workspacePath);
    if (!opened)
        return opened.error();
    Workspace &workspace = *opened.value();
    auto documents = workspace.documents();
    if (!documents)
        return documents.error();

    WorkspaceImport result;
    result.imported = std::move(parsed.value());
    Document &document = result.imported.document;
    const auto previous =
        std::find_if(documents.value().cbegin(), documents.value().cend(), [&](const Document &existing) {
            return samePlace(existing.sourcePath) == samePlace(document.sourcePath);
        });
    if (previous == documents.value().cend()) {
        if (Status added = workspace.addDocument(document, result.imported.blocks, actor); !added)
            return added.error();
        return result;
    }

    auto oldBlocks = workspace.blocks(previous->id);
    if (!oldBlocks)
        return oldBlocks.error();
    if (previous->sha256 == document.sha256) {
        result.kind = WorkspaceImport::Kind::Unchanged;
        document = *previous;
        result.imported.blocks = oldBlocks.value();
        return result;
    }

    document.id = previous->id;
    for (Block &block : result.imported.blocks)
        block.documentId = document.id;
    const BlockMatch match = matchBlocks(oldBlocks.value(), result.imported.blocks);
    if (Status updated = workspace.updateDocument(document, match, actor); !updated)
        return updated.error();
    result.kind = WorkspaceImport::Kind::Updated;
    result.imported.blocks = match.blocks;
    result.changedBlocks = int(match.changed.size());
    result.addedBlocks = int(match.added.size());
    result.removedBlocks = int(match.removed.size());
    return result;
}

} // namespace

Result<WorkspaceImport> importIntoWorkspace(const QString &specPath, const QString &workspacePath,
                                            const ImportOptions &options, const QString &actor)
{
    return store(DocumentImporter::importFile(specPath, options), workspacePath, options, actor);
}

Result<WorkspaceImport> importBytesIntoWorkspace(const QByteArray &bytes, const QString &sourceName,
                                                 DocumentFormat format, const QString &workspacePath,
                                                 const ImportOptions &options, const QString &actor)
{
    return store(DocumentImporter::importBytes(bytes, sourceName, format, options), workspacePath, options,
                 actor);
}

} // namespace docket
