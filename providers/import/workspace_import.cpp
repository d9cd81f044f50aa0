#include "workspace_import.h"

#include "store/workspace.h"

#include <QCoreApplication>

namespace docket {

namespace {

Result<ImportedDocument> store(Result<ImportedDocument> imported, const QString &workspacePath,
                               const ImportOptions &options, const QString &actor)
{
    if (!imported)
        return imported;
    if (options.cancelled && options.cancelled->load())
        return Error{QCoreApplication::translate("docket::DocumentImporter", "Import cancelled."),
                     imported.value().document.sourcePath};

    auto workspace = Workspace::open(workspacePath);
    if (!workspace)
        return workspace.error();
    const ImportedDocument &parsed = imported.value();
    if (Status stored = workspace.value()->addDocument(parsed.document, parsed.blocks, actor); !stored)
        return stored.error();
    return imported;
}

} // namespace

Result<ImportedDocument> importIntoWorkspace(const QString &specPath, const QString &workspacePath,
                                             const ImportOptions &options, const QString &actor)
{
    return store(DocumentImporter::importFile(specPath, options), workspacePath, options, actor);
}

Result<ImportedDocument> importBytesIntoWorkspace(const QByteArray &bytes, const QString &sourceName,
                                                  DocumentFormat format, const QString &workspacePath,
                                                  const ImportOptions &options, const QString &actor)
{
    return store(DocumentImporter::importBytes(bytes, sourceName, format, options), workspacePath, options,
                 actor);
}

} // namespace docket
