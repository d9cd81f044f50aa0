#include "document_importer.h"

#include "block_classifier.h"
#include "markdown_parser.h"
#include "text_parser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::DocumentImporter)
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString humanSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return Text::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return Text::tr("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return Text::tr("%1 bytes").arg(bytes);
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// The offset of the first byte that does not continue a valid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, code = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if (code < minimum || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}

QString titleFor(const QList<Block> &blocks, const QString &sourceName)
{
    for (const Block &block : blocks) {
        if (block.type == BlockType::Heading && block.headingLevel == 1)
            return block.text;
    }
    for (const Block &block : blocks) {
        if (block.type == BlockType::Heading)
            return block.text;
    }
    return QFileInfo(sourceName).completeBaseName();
}

} // namespace

std::optional<DocumentFormat> DocumentImporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return DocumentFormat::Markdown;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return DocumentFormat::PlainText;
    return std::nullopt;
}

QStringList DocumentImporter::supportedSuffixes()
{
    return {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("txt"), QStringLiteral("text")};
}

Result<ImportedDocument> DocumentImporter::importFile(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Text::tr("The file does not exist."), path};
    if (info.isDir())
        return Error{Text::tr("This is a folder, not a document."), path};
    const auto format = formatForPath(path);
    if (!format)
        return Error{
            Text::tr("Docket cannot import .%1 files; it reads %2.")
                .arg(info.suffix(), QStringLiteral(".") + supportedSuffixes().join(QStringLiteral(", ."))),
            path};
    if (info.size() > options.maxBytes)
        return Error{Text::tr("The file is %1; the largest spec Docket imports is %2.")
                         .arg(humanSize(info.size()), humanSize(options.maxBytes)),
                     path};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("The file cannot be read: %1").arg(file.errorString()), path};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Text::tr("The file cannot be read: %1").arg(file.errorString()), path};
    if (options.progress)
        options.progress(5);
    return importBytes(bytes, path, *format, options);
}

Result<ImportedDocument> DocumentImporter::importBytes(const QByteArray &input, const QString &sourceName,
                                                       DocumentFormat format, const ImportOptions &options)
{
    if (input.size() > options.maxBytes)
        return Error{Text::tr("The document is %1; the largest spec Docket imports is %2.")
                         .arg(humanSize(input.size()), humanSize(options.maxBytes)),
                     sourceName};
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return Error{Text::tr("The document is empty."), sourceName};
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Error{
            Text::tr("This looks like a binary file, not a text spec (a NUL byte at offset %1).").arg(nul),
            sourceName};
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return Error{
            Text::tr("The document is not valid UTF-8: byte %1 (0x%2) on line %3. Save it as UTF-8 and "
                     "import it again.")
                .arg(bad)
                .arg(quint8(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                .arg(lineOfOffset(bytes, bad)),
            sourceName};
    if (options.cancelled && options.cancelled->load())
        return Error{Text::tr("Import cancelled."), sourceName};

    QList<import::RawBlock> raw;
    if (format == DocumentFormat::Markdown) {
        auto parsed = import::parseMarkdown(bytes, options.cancelled, options.progress);
        if (!parsed)
            return Error{parsed.error().message, sourceName};
        raw = std::move(parsed.value());
    } else {
        raw = import::parsePlainText(QString::fromUtf8(bytes));
    }
    if (options.cancelled && options.cancelled->load())
        return Error{Text::tr("Import cancelled."), sourceName};
    if (options.progress)
        options.progress(85);

    ImportedDocument result;
    result.blocks = import::classifyBlocks(raw);
    if (result.blocks.isEmpty())
        return Error{Text::tr("The document has no text Docket can split into blocks."), sourceName};

    Document &document = result.document;
    document.id = newId();
    document.title = titleFor(result.blocks, sourceName);
    document.sourcePath = sourceName;
    document.format = format;
    document.sourceText = QString::fromUtf8(bytes);
    document.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    document.importedAt = QDateTime::currentDateTimeUtc();
    for (Block &block : result.blocks) {
        block.id = newId();
        block.documentId = document.id;
    }
    if (options.progress)
        options.progress(100);
    return result;
}

} // namespace docket
