#include "block_classifier.h"

#include <QRegularExpression>

#include <optional>

namespace docket::import {

namespace {

using Re = QRegularExpression;
constexpr auto kI = Re::CaseInsensitiveOption;

enum class Section { None, Suppressed, Acceptance, Requirements, Stories, Solution, Risks, Questions };

Section sectionOf(const QString &heading)
{
    static const Re numbering(QStringLiteral("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[A-Z]\\.)\\s+"));
    static const QList<std::pair<Re, Section>> kinds{
        {Re(QStringLiteral(
                "^(?:background|context|glossary|definitions|terminology|non[- ]?goals?|out of scope|"
                "goals?|objectives|references|appendix|revision history|change ?log|success metrics|"
                "assumptions)\\b"),
            kI),
         Section::Suppressed},
        {Re(QStringLiteral("^(?:acceptance criteria|acceptance tests?|ac|definition of done|scenarios)\\b"),
            kI),
         Section::Acceptance},
        {Re(QStringLiteral("^(?:risks?|risks and mitigations|concerns)\\b"), kI), Section::Risks},
        {Re(QStringLiteral("^(?:open questions|questions|unknowns|open issues|tbd)\\b"), kI),
         Section::Questions},
        {Re(QStringLiteral(
                "^(?:(?:proposed |technical )?(?:solution|design|approach)|implementation(?: plan)?|"
                "architecture|technical design)\\b"),
            kI),
         Section::Solution},
        {Re(QStringLiteral("^(?:(?:functional |non[- ]functional |technical |product )?requirements)\\b"),
            kI),
         Section::Requirements},
        {Re(QStringLiteral("^(?:user stories|stories)\\b"), kI), Section::Stories},
    };
    QString title = heading.trimmed();
    title.remove(numbering);
    for (const auto &[pattern, section] : kinds) {
        if (pattern.match(title).hasMatch())
            return section;
    }
    return Section::None;
}

bool isUserStory(const QString &text)
{
    static const Re story(
        QStringLiteral("^\\W{0,3}(?:[A-Z]{1,5}-\\d{1,6}\\W{1,3})?as an?\\s+[^,.]{1,80}?,?\\s+"
                       "i\\s+(?:want|need|would like|wish|expect)\\b"),
        kI);
    return story.match(text).hasMatch();
}

bool isGivenWhenThen(const QString &text)
{
    static const Re gwt(QStringLiteral("^\\W{0,3}(?:scenario:.*)?given\\b.*\\bthen\\b"),
                        kI | Re::DotMatchesEverythingOption);
    return gwt.match(text).hasMatch();
}

bool isRisk(const QString &text)
{
    static const Re risk(QStringLiteral("^\\W{0,3}risk\\s*[:\\-–]"), kI);
    return risk.match(text).hasMatch();
}

bool isQuestion(const QString &text)
{
    static const Re prefix(
        QStringLiteral("^\\W{0,3}(?:open question|question|q|tbd|todo:\\s*decide)\\b\\s*[:\\-–]?"), kI);
    const QString trimmed = text.trimmed();
    return prefix.match(trimmed).hasMatch() || trimmed.endsWith(QLatin1Char('?'));
}

bool isRequirement(const QString &text)
{
    static const Re id(QStringLiteral("^\\W{0,3}(?:(?:FR|NFR|REQ|BR|TR|SR|UR)-?\\d{1,6}|R\\d{1,6})\\b"));
    static const Re modal(QStringLiteral("\\b(?:must|shall|should|is required to|are required to)\\b"), kI);
    return id.match(text).hasMatch() || modal.match(text).hasMatch();
}

struct Context {
    Section section = Section::None;
    bool suppressed = false;
};

std::optional<BlockType> classify(const QString &text, const Context &context, bool isListItem)
{
    if (context.suppressed)
        return std::nullopt;
    switch (context.section) {
    case Section::Acceptance:
        return BlockType::AcceptanceCriteria;
    case Section::Risks:
        return BlockType::Risk;
    case Section::Questions:
        return BlockType::OpenQuestion;
    default:
        break;
    }
    if (isUserStory(text))
        return BlockType::UserStory;
    if (isGivenWhenThen(text))
        return BlockType::AcceptanceCriteria;
    if (isRisk(text))
        return BlockType::Risk;
    if (isQuestion(text))
        return BlockType::OpenQuestion;
    if (context.section == Section::Solution)
        return BlockType::Solution;
    if (isRequirement(text) || (isListItem && context.section == Section::Requirements))
        return BlockType::Requirement;
    return std::nullopt;
}

class Classifier {
public:
    QList<Block> run(const QList<RawBlock> &raw)
    {
        for (const RawBlock &block : raw) {
            if (block.type == BlockType::Heading)
                addHeading(block);
            else if (block.type == BlockType::List)
                addList(block);
            else if (block.type == BlockType::Paragraph)
                addParagraph(block);
            else
                add(block, block.type);
        }
        return m_blocks;
    }

private:
    QStringList path() const
    {
        QStringList titles;
        for (const Heading &heading : m_headings)
            titles.append(heading.title);
        return titles;
    }

    Context context() const
    {
        Context result;
        for (qsizetype i = m_headings.size() - 1; i >= 0; --i) {
            const Section section = m_headings.at(i).section;
            if (section == Section::Suppressed)
                result.suppressed = true;
            else if (result.section == Section::None)
                result.section = section;
        }
        return result;
    }

    void addHeading(const RawBlock &heading)
    {
        while (!m_headings.isEmpty() && m_headings.last().level >= heading.headingLevel)
            m_headings.removeLast();
        m_path = path();
        add(heading, BlockType::Heading);
        m_headings.append({heading.headingLevel, heading.text, sectionOf(heading.text)});
        m_path = path();
    }

    void addParagraph(const RawBlock &paragraph)
    {
        add(paragraph, classify(paragraph.text, context(), false).value_or(BlockType::Paragraph));
    }

    void addList(const RawBlock &list)
    {
        const Context here = context();
        if (list.items.isEmpty())
            return;
        const bool allTasks = !list.itemIsTask.contains(false);
        const bool allScenarios = std::all_of(list.items.cbegin(), list.items.cend(), isGivenWhenThen);
        if (!here.suppressed && (here.section == Section::Acceptance || allTasks || allScenarios)) {
            add(list, BlockType::AcceptanceCriteria);
            return;
        }
        QList<std::optional<BlockType>> types;
        bool anySemantic = false;
        for (const QString &item : list.items) {
            types.append(classify(item, here, true));
            anySemantic = anySemantic || types.last().has_value();
        }
        if (!anySemantic) {
            add(list, BlockType::List);
            return;
        }
        for (int i = 0; i < list.items.size(); ++i) {
            RawBlock single = list;
            single.text = list.items.at(i);
            single.items = {list.items.at(i)};
            single.startLine = list.itemStartLine.value(i, list.startLine);
            single.endLine = list.itemEndLine.value(i, list.endLine);
            add(single, types.at(i).value_or(BlockType::List));
        }
    }

    void add(const RawBlock &raw, BlockType type)
    {
        Block block;
        block.type = type;
        block.text = raw.text;
        block.items = raw.items;
        block.headingLevel = raw.type == BlockType::Heading ? raw.headingLevel : 0;
        block.headingPath = m_path;
        block.startLine = raw.startLine;
        block.endLine = qMax(raw.startLine, raw.endLine);
        block.language = raw.language;
        block.ordinal = int(m_blocks.size());
        m_blocks.append(block);
    }

    struct Heading {
        int level = 0;
        QString title;
        Section section = Section::None;
    };
    QList<Heading> m_headings; // the enclosing headings, outermost first
    QStringList m_path;        // their titles, shared by every block below them
    QList<Block> m_blocks;
};

} // namespace

QList<Block> classifyBlocks(const QList<RawBlock> &raw)
{
    return Classifier().run(raw);
}

} // namespace docket::import
