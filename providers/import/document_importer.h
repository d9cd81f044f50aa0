#pragma once

#include "common/result.h"
#include "domain/block.h"
#include "domain/document.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace docket {

struct ImportedDocument {
    Document document;   // id, title, sourcePath, format, sourceText, sha256, importedAt filled in
    QList<Block> blocks; // ids, documentId and ordinals filled in, in document order
};

struct ImportOptions {
    qint64 maxBytes = 64 * 1024 * 1024;
    const std::atomic_bool *cancelled = nullptr; // checked while parsing; an Error when set
    std::function<void(int percent)> progress;   // 0..100, called from the importing thread
};

// Turns a spec file into a Document and typed Blocks. Pure: no store, no UI, no network.
// Every failure (missing or unreadable file, empty, binary, invalid UTF-8, too large, unknown
// format) is an Error that says what and where; nothing is returned half-done.
class DocumentImporter {
public:
    static Result<ImportedDocument> importFile(const QString &path, const ImportOptions &options = {});

    // bytes as read from a file; sourceName is used for messages and Document::sourcePath.
    static Result<ImportedDocument> importBytes(const QByteArray &bytes, const QString &sourceName,
                                                DocumentFormat format, const ImportOptions &options = {});

    // The formats this importer understands, by file suffix (lower case, no dot).
    static std::optional<DocumentFormat> formatForPath(const QString &path);
    static QStringList supportedSuffixes();
};

} // namespace docket
