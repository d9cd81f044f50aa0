#include "markers.h"

#include <QRegularExpression>

#include <initializer_list>

namespace docket::rules {

namespace {

using Re = QRegularExpression;
constexpr auto kI = Re::CaseInsensitiveOption;

std::optional<Priority> priorityFromText(const QString &word)
{
    const QString lower = word.toLower();
    if (lower == QLatin1String("p0") || lower == QLatin1String("critical") ||
        lower == QLatin1String("urgent") || lower == QLatin1String("highest") ||
        lower == QLatin1String("blocker"))
        return Priority::P0;
    if (lower == QLatin1String("p1") || lower == QLatin1String("high"))
        return Priority::P1;
    if (lower == QLatin1String("p2") || lower == QLatin1String("medium") || lower == QLatin1String("normal"))
        return Priority::P2;
    if (lower == QLatin1String("p3") || lower == QLatin1String("low") || lower == QLatin1String("lowest") ||
        lower == QLatin1String("minor"))
        return Priority::P3;
    return std::nullopt;
}

} // namespace

// Cheap checks before the regular expressions: most sentences carry no marker at all.
static bool mayContain(const QString &text, std::initializer_list<QStringView> needles)
{
    const QString lower = text.toLower();
    for (QStringView needle : needles) {
        if (lower.contains(needle))
            return true;
    }
    return false;
}

bool hasAnyMarker(const QString &text)
{
    // One pass instead of one per marker: most sentences carry none.
    static const Re any(
        QStringLiteral("p[0-3]|priority|critical|urgent|blocker|high|medium|low|have|point|pts|"
                       "\\bsp\\b|estimate|effort|shirt|size|component|milestone|release"),
        kI);
    return any.match(text).hasMatch();
}

std::optional<Priority> priorityMarker(const QString &text)
{
    static const Re explicitLevel(QStringLiteral("\\bP([0-3])\\b"));
    static const Re labelled(
        QStringLiteral(
            "\\bpriority\\s*[:=]?\\s*\\(?(critical|urgent|highest|high|medium|normal|low|lowest|p[0-3])\\b"),
        kI);
    static const Re adjective(QStringLiteral("\\b(critical|urgent|high|medium|low)[- ]priority\\b"), kI);
    static const Re bracketed(QStringLiteral("[\\[(](critical|urgent|blocker|high|medium|low)[\\])]"), kI);
    static const Re moscow(QStringLiteral("\\b(must|should|could)[- ]have\\b"), kI);

    if (const auto match = explicitLevel.match(text); match.hasMatch())
        return Priority(match.captured(1).toInt());
    for (const Re *pattern : {&labelled, &adjective, &bracketed}) {
        if (const auto match = pattern->match(text); match.hasMatch())
            return priorityFromText(match.captured(1));
    }
    if (const auto match = moscow.match(text); match.hasMatch()) {
        const QString word = match.captured(1).toLower();
        return word == QLatin1String("must")     ? Priority::P1
               : word == QLatin1String("should") ? Priority::P2
                                                 : Priority::P3;
    }
    return std::nullopt;
}

bool isWontHave(const QString &text)
{
    if (!mayContain(text, {u"have"}))
        return false;
    static const Re wont(QStringLiteral("\\bwon['’]?t[- ]have\\b"), kI);
    return wont.match(text).hasMatch();
}

std::optional<int> storyPointsMarker(const QString &text)
{
    static const Re after(
        QStringLiteral("\\b(?:story\\s*points?|sp|points?|estimate)\\s*[:=]\\s*(\\d{1,3})\\b"), kI);
    static const Re before(QStringLiteral("\\b(\\d{1,3})\\s*(?:story\\s*points?|points?|pts?|sp)\\b"), kI);
    for (const Re *pattern : {&after, &before}) {
        if (const auto match = pattern->match(text); match.hasMatch())
            return match.captured(1).toInt();
    }
    return std::nullopt;
}

QString effortMarker(const QString &text)
{
    static const Re effort(
        QStringLiteral("\\b(?:effort|t-?shirt(?:\\s*size)?|size)\\s*[:=]\\s*(xs|s|m|l|xl|small|medium|large|"
                       "\\d+(?:\\.\\d+)?\\s*(?:d|days?|h|hours?|w|weeks?))\\b"),
        kI);
    const auto match = effort.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString componentMarker(const QString &text)
{
    static const Re component(
        QStringLiteral("\\bcomponent\\s*[:=]\\s*([A-Za-z0-9][\\w .-]{0,40}?)\\s*(?:[\\])|;,]|$)"),
        kI | Re::MultilineOption);
    const auto match = component.match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString milestoneMarker(const QString &text)
{
    static const Re milestone(
        QStringLiteral("\\b(?:milestone|target release|release)\\s*[:=]\\s*([A-Za-z0-9][\\w .-]{0,40}?)\\s*"
                       "(?:[\\])|;,]|$)"),
        kI | Re::MultilineOption);
    const auto match = milestone.match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString itemIdMarker(const QString &text)
{
    static const Re id(QStringLiteral("^\\W{0,3}((?:[A-Z]{1,5}-\\d{1,6})|(?:R\\d{1,6}))\\b"));
    const auto match = id.match(text.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

References dependencyReferences(const QString &text)
{
    if (!mayContain(text, {u"depend", u"blocked", u"requires", u"needs", u"after", u"once"}))
        return {};
    // Ids may follow any cue; a phrase only follows an unambiguous one ("after" and "once" are too
    // common in prose: "after 30 days", "once a week").
    static const Re idCue(
        QStringLiteral("\\b(?:depends on|dependent on|blocked by|requires|needs|after|once)\\s+"
                       "([^.;()\\n]+)"),
        kI);
    static const Re phraseCue(QStringLiteral("\\b(?:depends on|dependent on|blocked by)\\s+([^.;()\\n]+)"),
                              kI);
    static const Re id(QStringLiteral("\\b([A-Z]{1,5}-\\d{1,6}|R\\d{1,6})\\b"));
    static const Re leadingArticle(QStringLiteral("^(?:the|a|an)\\s+"), kI);

    References references;
    auto clauses = idCue.globalMatch(text);
    while (clauses.hasNext()) {
        auto ids = id.globalMatch(clauses.next().captured(1));
        while (ids.hasNext())
            references.ids.append(ids.next().captured(1));
    }
    auto phrases = phraseCue.globalMatch(text);
    while (phrases.hasNext()) {
        QString phrase = phrases.next().captured(1).trimmed();
        if (id.match(phrase).hasMatch())
            continue;
        phrase.remove(leadingArticle);
        if (phrase.size() >= 4)
            references.phrases.append(phrase);
    }
    references.ids.removeDuplicates();
    return references;
}

QString stripMarkers(const QString &text)
{
    if (!hasAnyMarker(text))
        return text.trimmed();
    static const QList<Re> patterns{
        Re(QStringLiteral("[\\[(]\\s*P[0-3]\\s*[\\])]")),
        Re(QStringLiteral("\\bP[0-3]\\s*[:\\-–]\\s*")),
        Re(QStringLiteral(
               "[\\[(]?\\s*priority\\s*[:=]?\\s*(?:critical|urgent|highest|high|medium|normal|low|lowest|"
               "p[0-3])\\s*[\\])]?"),
           kI),
        Re(QStringLiteral("[\\[(](?:critical|urgent|blocker|high|medium|low)[\\])]"), kI),
        Re(QStringLiteral("[\\[(]?\\s*(?:must|should|could|won['’]?t)[- ]have\\s*[\\])]?\\s*[:\\-–]?"), kI),
        Re(QStringLiteral("[\\[(]?\\s*(?:story\\s*points?|sp|estimate)\\s*[:=]\\s*\\d{1,3}\\s*[\\])]?"), kI),
        Re(QStringLiteral("[\\[(]\\s*\\d{1,3}\\s*(?:story\\s*points?|points?|pts?|sp)\\s*[\\])]"), kI),
        Re(QStringLiteral(
               "[\\[(]?\\s*(?:effort|t-?shirt(?:\\s*size)?|size|component|milestone)\\s*[:=][^\\]);,]*"
               "[\\])]?"),
           kI),
    };
    QString result = text;
    for (const Re &pattern : patterns)
        result.remove(pattern);
    static const Re spaces(QStringLiteral("\\s{2,}"));
    result.replace(spaces, QStringLiteral(" "));
    return result.trimmed();
}

QString slug(const QString &text, int maxLength)
{
    static const Re nonWord(QStringLiteral("[^a-z0-9]+"));
    QString result = text.toLower();
    result.replace(nonWord, QStringLiteral("-"));
    while (result.startsWith(QLatin1Char('-')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    if (result.size() > maxLength) {
        result.truncate(maxLength);
        const int cut = int(result.lastIndexOf(QLatin1Char('-')));
        if (cut > maxLength / 2)
            result.truncate(cut);
    }
    return result;
}

} // namespace docket::rules
