#include "markdown_parser.h"

#include <QCoreApplication>

#include <md4c.h>

namespace docket::import {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::DocumentImporter)
};

QByteArray decodeEntity(const char *text, MD_SIZE size)
{
    const QByteArray entity(text, qsizetype(size));
    if (entity == "&amp;")
        return "&";
    if (entity == "&lt;")
        return "<";
    if (entity == "&gt;")
        return ">";
    if (entity == "&quot;")
        return "\"";
    if (entity == "&apos;")
        return "'";
    if (entity == "&nbsp;")
        return " ";
    if (entity.startsWith("&#")) {
        bool ok = false;
        const bool hex = entity.size() > 3 && (entity.at(2) == 'x' || entity.at(2) == 'X');
        const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t character = code;
            return QString::fromUcs4(&character, 1).toUtf8();
        }
    }
    return entity;
}

// Where a piece of text came from, as byte offsets into the input.
struct Span {
    qsizetype first = -1;
    qsizetype last = -1;

    void add(qsizetype begin, qsizetype end)
    {
        if (first < 0 || begin < first)
            first = begin;
        if (end > last)
            last = end;
    }
    bool known() const { return first >= 0; }
};

class Parser {
public:
    Parser(const QByteArray &utf8, const std::atomic_bool *cancelled,
           const std::function<void(int)> &progress)
        : m_input(utf8)
        , m_lines(utf8)
        , m_cancelled(cancelled)
        , m_progress(progress)
    {}

    Result<QList<RawBlock>> run()
    {
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = MD_DIALECT_GITHUB;
        parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
            return static_cast<Parser *>(self)->enterBlock(type, detail);
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
            return static_cast<Parser *>(self)->leaveBlock(type, detail);
        };
        parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            return static_cast<Parser *>(self)->onText(type, text, size);
        };
        const int status = md_parse(m_input.constData(), MD_SIZE(m_input.size()), &parser, this);
        if (m_aborted)
            return Error{Text::tr("Import cancelled."), {}};
        if (status != 0)
            return Error{Text::tr("The Markdown parser gave up on this file (code %1).").arg(status), {}};
        return m_blocks;
    }

private:
    enum class Top { None, Heading, Paragraph, List, Code, Table, Quote, Ignored };

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (type == MD_BLOCK_DOC)
            return 0;
        ++m_depth;
        if (m_depth == 1) {
            startTopBlock(type, detail);
            return 0;
        }
        switch (m_top) {
        case Top::List:
            if (type == MD_BLOCK_LI && m_depth == 2) {
                m_itemText.clear();
                m_itemSpan = {};
                const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
                m_itemIsTask = li->is_task != 0;
                if (m_itemIsTask)
                    m_itemSpan.add(qsizetype(li->task_mark_offset), qsizetype(li->task_mark_offset));
            } else if ((type == MD_BLOCK_LI || type == MD_BLOCK_P) && !m_itemText.isEmpty()) {
                m_itemText += '\n'; // nested items and loose paragraphs stay on lines of their own
            }
            break;
        case Top::Table:
            if (type == MD_BLOCK_TR)
                m_rowCells.clear();
            else if (type == MD_BLOCK_TH || type == MD_BLOCK_TD)
                m_cellText.clear();
            break;
        case Top::Quote:
            if (!m_text.isEmpty())
                m_text += '\n';
            break;
        default:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *)
    {
        if (type == MD_BLOCK_DOC)
            return 0;
        if (m_top == Top::List && type == MD_BLOCK_LI && m_depth == 2)
            finishItem();
        else if (m_top == Top::Table && (type == MD_BLOCK_TH || type == MD_BLOCK_TD))
            m_rowCells.append(QString::fromUtf8(m_cellText).simplified());
        else if (m_top == Top::Table && type == MD_BLOCK_TR)
            m_rows.append(m_rowCells.join(QStringLiteral(" | ")));
        --m_depth;
        if (m_depth == 0)
            finishTopBlock();
        return 0;
    }

    int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        if (m_top == Top::Ignored)
            return 0;
        if ((++m_textCalls & 4095) == 0) {
            if (m_cancelled && m_cancelled->load()) {
                m_aborted = true;
                return 1;
            }
            if (m_progress && text >= m_input.constData() && text < m_input.constData() + m_input.size())
                m_progress(10 +
                           int(qint64(text - m_input.constData()) * 70 / qMax<qsizetype>(1, m_input.size())));
        }

        // Some texts (line breaks, NUL replacements) are not in the input; they carry no position.
        const char *begin = m_input.constData();
        if (text >= begin && text + size <= begin + m_input.size() && size > 0) {
            const qsizetype first = text - begin;
            const qsizetype last = first + qsizetype(size) - 1;
            m_span.add(first, last);
            if (m_top == Top::List)
                m_itemSpan.add(first, last);
        }

        QByteArray piece;
        switch (type) {
        case MD_TEXT_SOFTBR:
            piece = m_top == Top::Code ? QByteArray("\n") : QByteArray(" ");
            break;
        case MD_TEXT_BR:
            piece = "\n";
            break;
        case MD_TEXT_NULLCHAR:
            piece = "\xEF\xBF\xBD";
            break;
        case MD_TEXT_ENTITY:
            piece = decodeEntity(text, size);
            break;
        default:
            piece = QByteArray(text, qsizetype(size));
            break;
        }
        if (m_top == Top::List)
            m_itemText += piece;
        else if (m_top == Top::Table)
            m_cellText += piece;
        else
            m_text += piece;
        return 0;
    }

    void startTopBlock(MD_BLOCKTYPE type, void *detail)
    {
        m_current = RawBlock{};
        m_text.clear();
        m_span = {};
        m_rows.clear();
        m_fenced = false;
        switch (type) {
        case MD_BLOCK_H:
            m_top = Top::Heading;
            m_current.type = BlockType::Heading;
            m_current.headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            break;
        case MD_BLOCK_P:
            m_top = Top::Paragraph;
            m_current.type = BlockType::Paragraph;
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            m_top = Top::List;
            m_current.type = BlockType::List;
            break;
        case MD_BLOCK_CODE: {
            m_top = Top::Code;
            m_current.type = BlockType::Code;
            const auto *code = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            m_fenced = code->fence_char != 0;
            m_current.language = QString::fromUtf8(code->lang.text, qsizetype(code->lang.size)).trimmed();
            break;
        }
        case MD_BLOCK_TABLE:
            m_top = Top::Table;
            m_current.type = BlockType::Table;
            break;
        case MD_BLOCK_QUOTE:
            m_top = Top::Quote;
            m_current.type = BlockType::Quote;
            break;
        default: // raw HTML and thematic breaks carry nothing to review
            m_top = Top::Ignored;
            break;
        }
    }

    void finishItem()
    {
        m_current.items.append(QString::fromUtf8(m_itemText).trimmed());
        m_current.itemIsTask.append(m_itemIsTask);
        const int fallback = m_lastLine + 1;
        m_current.itemStartLine.append(m_itemSpan.known() ? m_lines.lineAt(m_itemSpan.first) : fallback);
        m_current.itemEndLine.append(m_itemSpan.known() ? m_lines.lineAt(m_itemSpan.last) : fallback);
    }

    void finishTopBlock()
    {
        const Top top = m_top;
        m_top = Top::None;
        if (top == Top::Ignored || top == Top::None)
            return;
        if (top == Top::List)
            m_current.text = m_current.items.join(QLatin1Char('\n'));
        else if (top == Top::Table)
            m_current.text = m_rows.join(QLatin1Char('\n'));
        else
            m_current.text =
                top == Top::Code ? QString::fromUtf8(m_text) : QString::fromUtf8(m_text).trimmed();
        if (top == Top::Code && m_current.text.endsWith(QLatin1Char('\n')))
            m_current.text.chop(1);

        if (m_span.known()) {
            m_current.startLine = m_lines.lineAt(m_span.first);
            m_current.endLine = m_lines.lineAt(m_span.last);
            if (top == Top::Code && m_fenced) { // the fences are part of the block
                m_current.startLine = qMax(1, m_current.startLine - 1);
                m_current.endLine = qMin(m_lines.lineCount(), m_current.endLine + 1);
            }
        } else {
            m_current.startLine = m_current.endLine = qMin(m_lines.lineCount(), m_lastLine + 1);
        }
        if (top == Top::List && !m_current.itemStartLine.isEmpty()) {
            m_current.startLine = qMin(m_current.startLine, m_current.itemStartLine.first());
            m_current.endLine = qMax(m_current.endLine, m_current.itemEndLine.last());
        }
        if (m_current.text.trimmed().isEmpty() && top != Top::Code)
            return;
        m_lastLine = m_current.endLine;
        m_blocks.append(m_current);
    }

    const QByteArray &m_input;
    LineIndex m_lines;
    const std::atomic_bool *m_cancelled;
    const std::function<void(int)> &m_progress;
    QList<RawBlock> m_blocks;

    int m_depth = 0;
    Top m_top = Top::None;
    RawBlock m_current;
    QByteArray m_text;
    Span m_span;
    bool m_fenced = false;
    int m_lastLine = 0;

    QByteArray m_itemText;
    Span m_itemSpan;
    bool m_itemIsTask = false;

    QByteArray m_cellText;
    QStringList m_rowCells;
    QStringList m_rows;

    quint64 m_textCalls = 0;
    bool m_aborted = false;
};

} // namespace

Result<QList<RawBlock>> parseMarkdown(const QByteArray &utf8, const std::atomic_bool *cancelled,
                                      const std::function<void(int)> &progress)
{
    Parser parser(utf8, cancelled, progress);
    return parser.run();
}

} // namespace docket::import
