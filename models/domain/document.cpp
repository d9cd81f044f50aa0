#include "document.h"

namespace docket {

QString documentFormatName(DocumentFormat format)
{
    return format == DocumentFormat::Markdown ? QStringLiteral("markdown") : QStringLiteral("text");
}

std::optional<DocumentFormat> documentFormatFromName(const QString &name)
{
    if (name == QLatin1String("markdown"))
        return DocumentFormat::Markdown;
    if (name == QLatin1String("text"))
        return DocumentFormat::PlainText;
    return std::nullopt;
}

} // namespace docket
