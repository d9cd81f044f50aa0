#include "draft_repair.h"

#include "domain/draft_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::DraftRepair)
};

constexpr int kMaxCriteria = 8;

bool isWellFormedId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^SPEC-[1-9][0-9]*$"));
    return pattern.match(id).hasMatch();
}

// Models write ids as "SPEC-3", " SPEC-3 " or just 3.
QString idText(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() >= 1 && value.toDouble() == double(int(value.toDouble())))
        return draftExternalId(value.toInt());
    return value.toString().trimmed();
}

// A list of strings as the draft rules want it: a lone string is a one-item list, numbers become
// text, empty entries go; anything else is dropped and noted.
QJsonArray stringList(const QJsonValue &value, const char *field, bool ids, QStringList &repairs)
{
    QJsonArray items;
    if (value.isArray())
        items = value.toArray();
    else if (value.isString())
        items.append(value);
    else if (!value.isNull() && !value.isUndefined())
        repairs.append(Text::tr("%1 was not a list; ignored.").arg(QLatin1String(field)));

    QJsonArray list;
    int dropped = 0;
    for (const QJsonValue &item : std::as_const(items)) {
        QString text;
        if (ids)
            text = idText(item);
        else if (item.isString())
            text = item.toString().trimmed();
        else if (item.isDouble())
            text = QString::number(item.toDouble());
        else
            ++dropped;
        if (!text.isEmpty())
            list.append(text);
    }
    if (dropped > 0)
        repairs.append(Text::tr("Dropped %n entry(ies) of %1 that were not text.", nullptr, dropped)
                           .arg(QLatin1String(field)));
    return list;
}

QJsonValue storyPoints(const QJsonValue &value, QStringList &repairs)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue();
    bool number = value.isDouble();
    double points = value.toDouble();
    if (value.isString())
        points = value.toString().trimmed().toDouble(&number);
    if (number && points >= 1 && points <= 100 && points == double(int(points)))
        return int(points);
    repairs.append(Text::tr("Story points %1 are not a whole number from 1 to 100; left unset.")
                       .arg(value.isString() ? value.toString() : QString::number(value.toDouble())));
    return QJsonValue();
}

QJsonValue priority(const QJsonValue &value, QStringList &repairs)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue();
    const QString text = value.toString().trimmed();
    if (value.isString() && text.isEmpty())
        return QJsonValue();
    if (auto word = priorityFromWord(text))
        return priorityWord(*word);
    if (auto name = priorityFromName(text.toUpper()))
        return priorityWord(*name);
    repairs.append(Text::tr("Priority \"%1\" is not low, medium, high or critical (or P0-P3); left unset.")
                       .arg(value.isString() ? text : QStringLiteral("?")));
    return QJsonValue();
}

QString description(const QJsonValue &value)
{
    if (value.isArray()) { // some models answer with one string per paragraph
        QStringList lines;
        for (const QJsonValue &line : value.toArray())
            lines.append(line.toString());
        return lines.join(QLatin1Char('\n')).trimmed();
    }
    return value.toString().trimmed();
}

// The ticket with every field in the type and form draftFromJson expects; repairs are listed.
QJsonObject normalized(QJsonObject object, QStringList &repairs)
{
    auto field = [&object](const char *name) { return object.value(QLatin1String(name)); };
    object.insert(QStringLiteral("external_id"), idText(field("external_id")));
    object.insert(QStringLiteral("ticket_type"), field("ticket_type").toString().trimmed().toLower());
    if (field("title").isString())
        object.insert(QStringLiteral("title"), field("title").toString().simplified());
    object.insert(QStringLiteral("description"), description(field("description")));
    object.insert(QStringLiteral("acceptance_criteria"),
                  stringList(field("acceptance_criteria"), "acceptance_criteria", false, repairs));
    object.insert(QStringLiteral("labels"), stringList(field("labels"), "labels", false, repairs));
    object.insert(QStringLiteral("dependencies"),
                  stringList(field("dependencies"), "dependencies", true, repairs));
    object.insert(QStringLiteral("story_points"), storyPoints(field("story_points"), repairs));
    object.insert(QStringLiteral("priority"), priority(field("priority"), repairs));
    object.insert(QStringLiteral("parent_external_id"), idText(field("parent_external_id")));
    QJsonObject metadata = field("metadata").toObject();
    metadata.insert(QStringLiteral("block_id"),
                    metadata.value(QStringLiteral("block_id")).toString().trimmed());
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

// Ids that keep the rule: the first of each well-formed id keeps it, the others get free numbers.
// Returns how each replaced id maps to its new one (the first replacement wins).
QHash<QString, QString> renumber(QList<Draft> &drafts, QStringList &warnings)
{
    QSet<QString> used;
    QList<bool> keeps;
    for (const Draft &draft : std::as_const(drafts)) {
        const bool keep = isWellFormedId(draft.externalId) && !used.contains(draft.externalId);
        if (keep)
            used.insert(draft.externalId);
        keeps.append(keep);
    }
    QHash<QString, QString> renamed;
    int next = 1;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        if (keeps.at(i))
            continue;
        while (used.contains(draftExternalId(next)))
            ++next;
        Draft &draft = drafts[i];
        const QString fresh = draftExternalId(next);
        used.insert(fresh);
        warnings.append(Text::tr("Renumbered \"%1\" as %2.").arg(draft.externalId, fresh));
        if (!draft.externalId.isEmpty() && !renamed.contains(draft.externalId))
            renamed.insert(draft.externalId, fresh);
        draft.externalId = fresh;
    }
    return renamed;
}

void dropReference(Draft &draft, const QString &note, QStringList &warnings)
{
    draft.problems.append(note);
    warnings.append(draft.externalId + QStringLiteral(": ") + note);
}

// Points dependencies and parents at the renumbered ids; drops the ones that lead nowhere.
void resolveReferences(QList<Draft> &drafts, const QHash<QString, QString> &renamed, QStringList &warnings)
{
    QSet<QString> ids;
    for (const Draft &draft : std::as_const(drafts))
        ids.insert(draft.externalId);
    // An id both kept and replaced (a repeated one) means the draft that kept it.
    auto target = [&](const QString &reference) {
        return !ids.contains(reference) && renamed.contains(reference) ? renamed.value(reference) : reference;
    };
    for (Draft &draft : drafts) {
        QStringList dependencies;
        for (const QString &dependency : std::as_const(draft.dependencies)) {
            const QString resolved = target(dependency);
            if (ids.contains(resolved) && resolved != draft.externalId)
                dependencies.append(resolved);
            else
                dropReference(
                    draft,
                    Text::tr("Dropped the dependency on %1, which is not another ticket of this result.")
                        .arg(dependency),
                    warnings);
        }
        dependencies.removeDuplicates();
        draft.dependencies = dependencies;
        if (draft.parentExternalId.isEmpty())
            continue;
        const QString parent = target(draft.parentExternalId);
        if (ids.contains(parent) && parent != draft.externalId) {
            draft.parentExternalId = parent;
        } else {
            dropReference(draft,
                          Text::tr("Dropped the parent %1, which is not another ticket of this result.")
                              .arg(draft.parentExternalId),
                          warnings);
            draft.parentExternalId.clear();
        }
    }
}

// A cycle of parents cannot be pushed: each cycle loses the one link that closes it.
void breakParentCycles(QList<Draft> &drafts, QStringList &warnings)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < drafts.size(); ++i)
        index.insert(drafts.at(i).externalId, i);
    for (qsizetype start = 0; start < drafts.size(); ++start) {
        QSet<qsizetype> path{start};
        qsizetype current = start;
        while (!drafts.at(current).parentExternalId.isEmpty()) {
            const qsizetype parent = index.value(drafts.at(current).parentExternalId, -1);
            if (parent < 0)
                break;
            if (path.contains(parent)) {
                Draft &closing = drafts[current];
                dropReference(closing,
                              Text::tr("Dropped the parent %1: the parents formed a cycle.")
                                  .arg(closing.parentExternalId),
                              warnings);
                closing.parentExternalId.clear();
                break;
            }
            path.insert(parent);
            current = parent;
        }
    }
}

} // namespace

DraftSet repairDrafts(const QJsonObject &result)
{
    DraftSet set;
    const QJsonObject source = result.value(QStringLiteral("source")).toObject();
    set.sourceTitle = source.value(QStringLiteral("title")).toString().trimmed();
    set.sourceSummary = source.value(QStringLiteral("summary")).toString().trimmed();
    set.jobId = result.value(QStringLiteral("job_id")).toString();

    // Risks and questions read the same way as in a full result.
    const QJsonObject notesOnly{
        {QStringLiteral("schema_version"), QString::fromLatin1(kTicketsResultSchema)},
        {QStringLiteral("tickets"), QJsonArray()},
        {QStringLiteral("risks"), result.value(QStringLiteral("risks"))},
        {QStringLiteral("open_questions"), result.value(QStringLiteral("open_questions"))}};
    if (auto notes = draftSetFromJson(notesOnly)) {
        set.risks = notes.value().risks;
        set.openQuestions = notes.value().openQuestions;
    }

    QStringList &warnings = set.generation.warnings;
    QList<Draft> drafts;
    const QJsonArray tickets = result.value(QStringLiteral("tickets")).toArray();
    for (qsizetype index = 0; index < tickets.size(); ++index) {
        const QString externalId = idText(tickets.at(index).toObject().value(QStringLiteral("external_id")));
        const QString label = externalId.isEmpty()
                                  ? Text::tr("ticket %1").arg(index + 1)
                                  : Text::tr("ticket %1 (%2)").arg(index + 1).arg(externalId);
        if (!tickets.at(index).isObject()) {
            warnings.append(Text::tr("Left out %1: it is not an object.").arg(label));
            continue;
        }
        QStringList repairs;
        auto parsed = draftFromJson(normalized(tickets.at(index).toObject(), repairs));
        if (!parsed) {
            warnings.append(Text::tr("Left out %1: %2").arg(label, parsed.error().message));
            continue;
        }
        Draft draft = parsed.value();
        if (draft.title.isEmpty()) {
            warnings.append(Text::tr("Left out %1: it has no title.").arg(label));
            continue;
        }
        if (draft.acceptanceCriteria.size() > kMaxCriteria) {
            repairs.append(Text::tr("There were %1 acceptance criteria; the first %2 are kept.")
                               .arg(draft.acceptanceCriteria.size())
                               .arg(kMaxCriteria));
            draft.acceptanceCriteria = draft.acceptanceCriteria.mid(0, kMaxCriteria);
        }
        for (const QString &repair : std::as_const(repairs))
            warnings.append(label + QStringLiteral(": ") + repair);
        draft.problems += repairs;
        // Not repaired: criteria are the spec's to state, so the PM adds them.
        if (draft.acceptanceCriteria.isEmpty() && draft.ticketType != TicketType::Spike)
            draft.problems.append(Text::tr("No acceptance criteria; add them before review."));
        drafts.append(draft);
    }

    const QHash<QString, QString> renamed = renumber(drafts, warnings);
    resolveReferences(drafts, renamed, warnings);
    breakParentCycles(drafts, warnings);
    set.tickets = drafts;
    return set;
}

void limitDrafts(DraftSet &set, int maxCount)
{
    if (maxCount <= 0 || set.tickets.size() <= maxCount)
        return;
    QSet<QString> leftOut;
    for (qsizetype i = maxCount; i < set.tickets.size(); ++i)
        leftOut.insert(set.tickets.at(i).externalId);
    set.generation.warnings.append(
        Text::tr("Kept the first %1 tickets as asked; %n more were left out.", nullptr, int(leftOut.size()))
            .arg(maxCount));
    set.tickets.resize(maxCount);
    for (Draft &draft : set.tickets) {
        for (const QString &dependency : std::as_const(draft.dependencies)) {
            if (leftOut.contains(dependency))
                draft.problems.append(
                    Text::tr("Dropped the dependency on %1, which was left out by the ticket limit.")
                        .arg(dependency));
        }
        draft.dependencies.removeIf([&](const QString &dependency) { return leftOut.contains(dependency); });
        if (leftOut.contains(draft.parentExternalId)) {
            draft.problems.append(Text::tr("Dropped the parent %1, which was left out by the ticket limit.")
                                      .arg(draft.parentExternalId));
            draft.parentExternalId.clear();
        }
    }
}

} // namespace docket
