#include "titles.h"

#include "markers.h"

#include <QRegularExpression>

namespace docket::rules {

namespace {

using Re = QRegularExpression;
constexpr auto kI = Re::CaseInsensitiveOption;

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString lowerFirst(QString text)
{
    // Keep acronyms ("API", "SSO") as written.
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

QString withoutTrailingPunctuation(QString text)
{
    while (!text.isEmpty() && QStringLiteral(".:;,!").contains(text.back()))
        text.chop(1);
    return text.trimmed();
}

QString withoutItemId(const QString &text)
{
    static const Re id(QStringLiteral("^\\W{0,3}(?:[A-Z]{1,5}-\\d{1,6}|R\\d{1,6})\\b\\s*[:.)\\-–—]?\\s*"));
    QString result = text.trimmed();
    result.remove(id);
    return result;
}

QString firstSentence(const QString &text)
{
    static const Re boundary(QStringLiteral("(?<=[.!?])\\s+(?=[A-Z\"'(])|\\n"));
    const auto match = boundary.match(text);
    return (match.hasMatch() ? text.left(match.capturedStart()) : text).trimmed();
}

} // namespace

QString shortTitle(const QString &text, int maxLength)
{
    QString sentence = withoutTrailingPunctuation(firstSentence(text.simplified().isEmpty() ? text : text));
    sentence = sentence.simplified();
    if (sentence.size() <= maxLength)
        return capitalized(sentence);
    QString cut = sentence.left(maxLength - 1);
    const int space = int(cut.lastIndexOf(QLatin1Char(' ')));
    if (space > maxLength / 2)
        cut.truncate(space);
    return capitalized(withoutTrailingPunctuation(cut)) + QChar(0x2026);
}

QString storyTitle(const QString &story)
{
    static const Re pattern(
        QStringLiteral("\\bI\\s+(?:want|need|would like|wish|expect)\\s+(to\\s+)?(?:be able to\\s+)?(.+?)"
                       "(?:,?\\s+so\\s+(?:that|I can)\\b.*)?$"),
        kI | Re::DotMatchesEverythingOption);
    static const Re nounPhrase(QStringLiteral("^(?:a|an|the|my|our|some|more|fewer|one)\\b"), kI);
    static const Re firstPerson(QStringLiteral("\\bmy\\b"), kI);
    const QString text = stripMarkers(withoutItemId(story)).simplified();
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return shortTitle(text);
    // "I want a checklist" asks for a thing, "I want to see" for an action: both become imperative.
    QString goal = match.captured(2);
    goal.replace(firstPerson, QStringLiteral("the"));
    if (match.capturedLength(1) == 0 && nounPhrase.match(goal).hasMatch())
        goal = QStringLiteral("Provide ") + goal;
    return shortTitle(goal);
}

QString storyBenefit(const QString &story)
{
    static const Re pattern(QStringLiteral("\\bso\\s+(?:that\\s+)?(.+)$"),
                            kI | Re::DotMatchesEverythingOption);
    const auto match = pattern.match(story.simplified());
    return match.hasMatch() ? withoutTrailingPunctuation(match.captured(1)) : QString();
}

QString requirementTitle(const QString &requirement)
{
    // "<subject> must/shall/should [be able to] <predicate>"
    static const Re modal(
        QStringLiteral("^(.{0,60}?)\\s*\\b(?:must|shall|should|could|may|will|needs? to|has to|"
                       "have to|is required to|are required to)\\s+(not\\s+)?(?:be able to\\s+)?(.+)$"),
        kI | Re::DotMatchesEverythingOption);
    static const Re genericSubject(
        QStringLiteral(
            "^(?:the\\s+)?(?:system|app|application|product|platform|service|server|backend|api|tool|"
            "it|we|docket)$"),
        kI);
    static const Re ableTo(QStringLiteral("\\bbe able to\\b"), kI);
    static const Re passive(QStringLiteral("^be\\s+"), kI);

    const QString text = firstSentence(stripMarkers(withoutItemId(requirement)).simplified());
    const auto match = modal.match(text);
    if (!match.hasMatch())
        return shortTitle(text);

    const QString subject = match.captured(1).trimmed();
    const bool negated = !match.captured(2).isEmpty();
    const QString predicate = match.captured(3).trimmed();
    if (negated || passive.match(predicate).hasMatch())
        return shortTitle(text); // "X must not Y" / "X must be Z" read best as written
    if (subject.isEmpty() || genericSubject.match(subject).hasMatch())
        return shortTitle(predicate);
    if (ableTo.match(text).hasMatch())
        return shortTitle(QStringLiteral("Let %1 %2").arg(lowerFirst(subject), predicate));
    return shortTitle(text);
}

QString solutionTitle(const QString &solution)
{
    static const Re weWill(QStringLiteral("^(?:we(?:'ll| will| should| can| plan to| propose to)|"
                                          "the plan is to|proposal:|approach:)\\s+"),
                           kI);
    QString text = stripMarkers(withoutItemId(solution)).simplified();
    text.remove(weWill);
    return shortTitle(text);
}

QString spikeTitle(const QString &question)
{
    static const Re prefix(QStringLiteral("^(?:open question|question|q|tbd|todo)\\s*[:\\-–]\\s*"), kI);
    QString text = stripMarkers(withoutItemId(question)).simplified();
    text.remove(prefix);
    if (isInvestigation(text))
        return shortTitle(text);
    const QString sentence = firstSentence(text);
    return shortTitle(QStringLiteral("Investigate: ") + lowerFirst(sentence));
}

QString bugTitle(const QString &defect)
{
    static const Re fix(QStringLiteral("^(?:fix|resolve|repair|correct)\\b"), kI);
    static const Re prefix(QStringLiteral("^(?:bug|defect|issue)\\s*[:\\-–]\\s*"), kI);
    QString text = stripMarkers(withoutItemId(defect)).simplified();
    text.remove(prefix);
    if (fix.match(text).hasMatch())
        return shortTitle(text);
    return shortTitle(QStringLiteral("Fix: ") + lowerFirst(firstSentence(text)));
}

QString epicTitle(const QString &heading)
{
    static const Re numbering(
        QStringLiteral("^(?:\\d+(?:\\.\\d+)*\\.?|[A-Z]\\.|epic\\s*[:\\-–]|feature\\s*[:\\-–])"
                       "\\s*"),
        kI);
    QString text = stripMarkers(heading).simplified();
    text.remove(numbering);
    return shortTitle(text);
}

bool isInvestigation(const QString &text)
{
    static const Re pattern(
        QStringLiteral("^\\W{0,3}(?:investigate|evaluate|research|explore|assess|prototype|"
                       "spike|benchmark|compare)\\b"),
        kI);
    return pattern.match(withoutItemId(text)).hasMatch();
}

} // namespace docket::rules
