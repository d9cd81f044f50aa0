#include "text_parser.h"

#include <QRegularExpression>

namespace docket::import {

namespace {

using Re = QRegularExpression;

const Re &bulletPattern()
{
    static const Re bullet(QStringLiteral("^\\s*(?:[-*•+]|\\d{1,3}[.)])\\s+(?:\\[([ xX])\\]\\s+)?(.*)$"));
    return bullet;
}

bool isUnderline(const QString &line, QChar mark)
{
    const QString trimmed = line.trimmed();
    return trimmed.size() >= 3 && trimmed.count(mark) == trimmed.size();
}

int wordCount(const QString &line)
{
    return int(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

// 0 when the line is not a heading on its own, else its level.
int standaloneHeadingLevel(const QString &line, bool isFirstBlock)
{
    static const Re numbered(QStringLiteral("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+\\S"));
    const QString trimmed = line.trimmed();
    if (trimmed.size() > 80 || trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QLatin1Char('?')))
        return 0;
    bool hasLetter = false;
    for (QChar c : trimmed)
        hasLetter = hasLetter || c.isLetter();
    if (!hasLetter)
        return 0;
    if (trimmed.size() <= 60 && trimmed == trimmed.toUpper())
        return 2;
    if (const auto match = numbered.match(trimmed); match.hasMatch() && wordCount(trimmed) <= 8)
        return 2 + int(match.captured(1).count(QLatin1Char('.')));
    if (isFirstBlock && wordCount(trimmed) <= 10)
        return 1;
    return 0;
}

class TextParser {
public:
    explicit TextParser(const QString &text)
        : m_lines(text.split(QLatin1Char('\n')))
    {
        for (QString &line : m_lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
    }

    QList<RawBlock> run()
    {
        int start = 0;
        while (start < m_lines.size()) {
            if (m_lines.at(start).trimmed().isEmpty()) {
                ++start;
                continue;
            }
            int end = start;
            while (end + 1 < m_lines.size() && !m_lines.at(end + 1).trimmed().isEmpty())
                ++end;
            addParagraph(start, end);
            start = end + 1;
        }
        return m_blocks;
    }

private:
    void addHeading(const QString &text, int level, int firstLine, int lastLine)
    {
        RawBlock heading;
        heading.type = BlockType::Heading;
        heading.text = text.trimmed();
        heading.headingLevel = level;
        heading.startLine = firstLine + 1;
        heading.endLine = lastLine + 1;
        m_blocks.append(heading);
    }

    // Lines first..last (0-based) are one blank-line-separated paragraph.
    void addParagraph(int first, int last)
    {
        const bool isFirstBlock = m_blocks.isEmpty();
        // "Title\n=====" and "Title\n-----"
        if (last >= first + 1 && (isUnderline(m_lines.at(first + 1), QLatin1Char('=')) ||
                                  isUnderline(m_lines.at(first + 1), QLatin1Char('-')))) {
            addHeading(m_lines.at(first), isUnderline(m_lines.at(first + 1), QLatin1Char('=')) ? 1 : 2, first,
                       first + 1);
            if (last > first + 1)
                addParagraph(first + 2, last);
            return;
        }
        if (first == last) {
            if (const int level = standaloneHeadingLevel(m_lines.at(first), isFirstBlock); level > 0) {
                addHeading(m_lines.at(first), level, first, first);
                return;
            }
        }
        // "Acceptance criteria:" directly above a list introduces it.
        if (last > first && m_lines.at(first).trimmed().endsWith(QLatin1Char(':')) &&
            m_lines.at(first).trimmed().size() <= 60 &&
            bulletPattern().match(m_lines.at(first + 1)).hasMatch()) {
            addHeading(m_lines.at(first).trimmed().chopped(1), 3, first, first);
            first += 1;
        }
        if (bulletPattern().match(m_lines.at(first)).hasMatch())
            addList(first, last);
        else
            addText(first, last);
    }

    void addText(int first, int last)
    {
        RawBlock paragraph;
        paragraph.type = BlockType::Paragraph;
        QStringList parts;
        for (int i = first; i <= last; ++i)
            parts.append(m_lines.at(i).trimmed());
        paragraph.text = parts.join(QLatin1Char(' '));
        paragraph.startLine = first + 1;
        paragraph.endLine = last + 1;
        m_blocks.append(paragraph);
    }

    void addList(int first, int last)
    {
        RawBlock list;
        list.type = BlockType::List;
        for (int i = first; i <= last; ++i) {
            const auto match = bulletPattern().match(m_lines.at(i));
            if (match.hasMatch()) {
                list.items.append(match.captured(2).trimmed());
                list.itemIsTask.append(match.capturedLength(1) > 0);
                list.itemStartLine.append(i + 1);
                list.itemEndLine.append(i + 1);
            } else { // a continuation line belongs to the item above
                list.items.last() += QLatin1Char(' ') + m_lines.at(i).trimmed();
                list.itemEndLine.last() = i + 1;
            }
        }
        list.text = list.items.join(QLatin1Char('\n'));
        list.startLine = first + 1;
        list.endLine = last + 1;
        m_blocks.append(list);
    }

    QStringList m_lines;
    QList<RawBlock> m_blocks;
};

} // namespace

QList<RawBlock> parsePlainText(const QString &text)
{
    return TextParser(text).run();
}

} // namespace docket::import
