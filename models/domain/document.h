#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace docket {

enum class DocumentFormat { Markdown, PlainText };

QString documentFormatName(DocumentFormat format);
std::optional<DocumentFormat> documentFormatFromName(const QString &name);

struct Document {
    QString id; // UUID without braces
    QString title;
    QString sourcePath; // where it was imported from, as the user named it
    DocumentFormat format = DocumentFormat::Markdown;
    QString sourceText; // the whole text, so a workspace carries the session on its own
    QString sha256;     // of the source bytes, hex
    QDateTime importedAt;
};

} // namespace docket
