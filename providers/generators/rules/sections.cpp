#include "sections.h"

#include <QHash>
#include <QRegularExpression>

namespace docket::rules {

namespace {

using Re = QRegularExpression;
constexpr auto kI = Re::CaseInsensitiveOption;

// Numbering ("2.1", "A.") and trailing markers do not change what a section is.
QString normalized(const QString &title)
{
    static const Re numbering(QStringLiteral("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[A-Z]\\.)\\s+"));
    QString text = title.trimmed();
    text.remove(numbering);
    return text;
}

bool firstOnPathIsTitle(const QStringList &path, const QString &documentTitle)
{
    return !path.isEmpty() && path.first().trimmed() == documentTitle.trimmed();
}

} // namespace

SectionKind sectionKind(const QString &headingTitle)
{
    // A spec repeats its section names ("Requirements", "Risks") many times: remember the answers.
    thread_local QHash<QString, SectionKind> known;
    if (const auto it = known.constFind(headingTitle); it != known.constEnd())
        return it.value();
    if (known.size() > 10000)
        known.clear();
    const SectionKind kind = classifySection(headingTitle);
    known.insert(headingTitle, kind);
    return kind;
}

SectionKind classifySection(const QString &headingTitle)
{
    static const Re background(
        QStringLiteral(
            "^(?:background|context|glossary|definitions|terminology|non[- ]?goals?|out of scope|"
            "goals?(?: and non[- ]?goals)?|objectives|references|appendix|revision history|change ?log|"
            "introduction|overview|summary|executive summary|motivation|problem(?: statement)?|"
            "success metrics|metrics|kpis?|assumptions|stakeholders|timeline|faq|"
            "(?:not|won't) (?:in scope|do)|what we (?:are|aren't|are not) (?:doing|building))\\b"),
        kI);
    static const Re stories(QStringLiteral("^(?:user stories|stories|use cases|jobs to be done)\\b"), kI);
    static const Re requirements(QStringLiteral("^(?:(?:functional |non[- ]functional |technical |product )?"
                                                "requirements|specification|scope|features?)\\b"),
                                 kI);
    static const Re acceptance(
        QStringLiteral(
            "^(?:acceptance criteria|acceptance tests?|ac|definition of done|test plan|scenarios)\\b"),
        kI);
    static const Re solution(QStringLiteral("^(?:(?:proposed |technical )?(?:solution|design|approach)|"
                                            "implementation(?: plan| notes)?|architecture|technical design|"
                                            "how it works|plan)\\b"),
                             kI);
    static const Re risks(QStringLiteral("^(?:risks?(?: and mitigations)?|concerns|caveats)\\b"), kI);
    static const Re questions(QStringLiteral("^(?:open questions|questions|unknowns|open issues|tbd)\\b"),
                              kI);
    static const Re defects(QStringLiteral("^(?:bugs?|defects?|known (?:bugs|issues|defects)|bug fixes|fixes|"
                                           "regressions)\\b"),
                            kI);
    static const Re priority(QStringLiteral("^(?:(?:must|should|could|won't|wont)[- ]haves?|nice to haves?|"
                                            "p[0-3]|(?:high|medium|low) priority|priority)\\b"),
                             kI);

    const QString text = normalized(headingTitle);
    if (background.match(text).hasMatch())
        return SectionKind::Background;
    if (stories.match(text).hasMatch())
        return SectionKind::Stories;
    if (acceptance.match(text).hasMatch())
        return SectionKind::Acceptance;
    if (requirements.match(text).hasMatch())
        return SectionKind::Requirements;
    if (solution.match(text).hasMatch())
        return SectionKind::Solution;
    if (risks.match(text).hasMatch())
        return SectionKind::Risks;
    if (questions.match(text).hasMatch())
        return SectionKind::Questions;
    if (defects.match(text).hasMatch())
        return SectionKind::Defects;
    if (priority.match(text).hasMatch())
        return SectionKind::Priority;
    return SectionKind::Feature;
}

bool isInBackground(const QStringList &headingPath, const QString &documentTitle)
{
    for (int i = firstOnPathIsTitle(headingPath, documentTitle) ? 1 : 0; i < headingPath.size(); ++i) {
        if (sectionKind(headingPath.at(i)) == SectionKind::Background)
            return true;
    }
    return false;
}

bool isInDefects(const QStringList &headingPath, const QString &documentTitle)
{
    for (int i = firstOnPathIsTitle(headingPath, documentTitle) ? 1 : 0; i < headingPath.size(); ++i) {
        if (sectionKind(headingPath.at(i)) == SectionKind::Defects)
            return true;
    }
    return false;
}

int featureIndex(const QStringList &headingPath, const QString &documentTitle)
{
    // A heading below "User stories" or "Acceptance criteria" names an item, not a feature.
    for (int i = firstOnPathIsTitle(headingPath, documentTitle) ? 1 : 0; i < headingPath.size(); ++i) {
        const SectionKind kind = sectionKind(headingPath.at(i));
        if (kind == SectionKind::Feature)
            return i;
        if (kind != SectionKind::Priority)
            return -1;
    }
    return -1;
}

} // namespace docket::rules
