#include "draft_json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::DraftJson)
};

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray notesToJson(const QList<DraftNote> &notes)
{
    QJsonArray array;
    for (const DraftNote &note : notes) {
        QJsonObject object{{QStringLiteral("description"), note.text}};
        if (!note.blockId.isEmpty())
            object.insert(QStringLiteral("metadata"),
                          QJsonObject{{QStringLiteral("block_id"), note.blockId}});
        array.append(object);
    }
    return array;
}

// Risks and questions arrive as plain strings or as objects, depending on the producer.
QList<DraftNote> notesFromJson(const QJsonValue &value)
{
    QList<DraftNote> notes;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString()) {
            notes.append({item.toString(), {}});
            continue;
        }
        const QJsonObject object = item.toObject();
        QString text;
        for (const char *key : {"description", "text", "question", "risk", "title"}) {
            text = object.value(QLatin1String(key)).toString();
            if (!text.isEmpty())
                break;
        }
        if (!text.isEmpty())
            notes.append({text, object.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("block_id"))
                                    .toString()});
    }
    return notes;
}

Result<QStringList> stringArray(const QJsonObject &object, const char *field, const QString &where)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return Error{Text::tr("%1 must be an array of strings").arg(QLatin1String(field)), where};
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return Error{Text::tr("%1 must contain only strings").arg(QLatin1String(field)), where};
        list.append(item.toString());
    }
    return list;
}

} // namespace

QJsonObject draftSetToJson(const DraftSet &set)
{
    QJsonArray tickets;
    for (const Draft &draft : set.tickets) {
        QJsonObject metadata{
            {QStringLiteral("component"), stringOrNull(draft.component)},
            {QStringLiteral("suggested_milestone"), stringOrNull(draft.suggestedMilestone)},
            {QStringLiteral("confidence"), draft.confidence ? QJsonValue(*draft.confidence) : QJsonValue()},
        };
        if (!draft.blockId.isEmpty())
            metadata.insert(QStringLiteral("block_id"), draft.blockId);
        if (!draft.estimatedEffort.isEmpty())
            metadata.insert(QStringLiteral("estimated_effort"), draft.estimatedEffort);
        if (!draft.problems.isEmpty())
            metadata.insert(QStringLiteral("problems"), QJsonArray::fromStringList(draft.problems));
        tickets.append(QJsonObject{
            {QStringLiteral("external_id"), draft.externalId},
            {QStringLiteral("ticket_type"), ticketTypeName(draft.ticketType)},
            {QStringLiteral("title"), draft.title},
            {QStringLiteral("description"), draft.description},
            {QStringLiteral("acceptance_criteria"), QJsonArray::fromStringList(draft.acceptanceCriteria)},
            {QStringLiteral("labels"), QJsonArray::fromStringList(draft.labels)},
            {QStringLiteral("dependencies"), QJsonArray::fromStringList(draft.dependencies)},
            {QStringLiteral("story_points"), optionalInt(draft.storyPoints)},
            {QStringLiteral("priority"),
             draft.priority ? QJsonValue(priorityWord(*draft.priority)) : QJsonValue()},
            {QStringLiteral("parent_external_id"), stringOrNull(draft.parentExternalId)},
            {QStringLiteral("metadata"), metadata},
        });
    }
    const GenerationInfo &info = set.generation;
    return QJsonObject{
        {QStringLiteral("schema_version"), QString::fromLatin1(kTicketsResultSchema)},
        {QStringLiteral("job_id"), stringOrNull(set.jobId)},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("title"), set.sourceTitle},
                                               {QStringLiteral("summary"), set.sourceSummary}}},
        {QStringLiteral("tickets"), tickets},
        {QStringLiteral("risks"), notesToJson(set.risks)},
        {QStringLiteral("open_questions"), notesToJson(set.openQuestions)},
        {QStringLiteral("generation"),
         QJsonObject{{QStringLiteral("generator"), info.generator},
                     {QStringLiteral("model"), stringOrNull(info.model)},
                     {QStringLiteral("duration_ms"), info.durationMs},
                     {QStringLiteral("prompt_tokens"), optionalInt(info.promptTokens)},
                     {QStringLiteral("completion_tokens"), optionalInt(info.completionTokens)},
                     {QStringLiteral("finish_reason"), stringOrNull(info.finishReason)},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(info.warnings)}}},
    };
}

Result<Draft> draftFromJson(const QJsonObject &object)
{
    Draft draft;
    draft.externalId = object.value(QStringLiteral("external_id")).toString();
    const QString where =
        draft.externalId.isEmpty() ? Text::tr("ticket without external_id") : draft.externalId;

    const QString type = object.value(QStringLiteral("ticket_type")).toString();
    const auto ticketType = ticketTypeFromName(type.toLower());
    if (!ticketType)
        return Error{Text::tr("ticket_type \"%1\" is not epic, story, task, bug or spike").arg(type), where};
    draft.ticketType = *ticketType;

    const QJsonValue title = object.value(QStringLiteral("title"));
    if (!title.isString())
        return Error{Text::tr("title must be a string"), where};
    draft.title = title.toString();
    draft.description = object.value(QStringLiteral("description")).toString();

    for (auto [field, target] :
         {std::pair{"acceptance_criteria", &draft.acceptanceCriteria}, std::pair{"labels", &draft.labels},
          std::pair{"dependencies", &draft.dependencies}}) {
        auto list = stringArray(object, field, where);
        if (!list)
            return list.error();
        *target = list.value();
    }

    const QJsonValue points = object.value(QStringLiteral("story_points"));
    if (points.isDouble())
        draft.storyPoints = points.toInt();
    else if (!points.isNull() && !points.isUndefined())
        return Error{Text::tr("story_points must be a number or null"), where};

    const QJsonValue priority = object.value(QStringLiteral("priority"));
    if (priority.isString()) {
        // The seed speaks in words; accept P0-P3 too, which people and models also write.
        draft.priority = priorityFromWord(priority.toString());
        if (!draft.priority)
            draft.priority = priorityFromName(priority.toString());
        if (!draft.priority)
            return Error{
                Text::tr("priority \"%1\" is not low, medium, high or critical").arg(priority.toString()),
                where};
    } else if (!priority.isNull() && !priority.isUndefined()) {
        return Error{Text::tr("priority must be a string or null"), where};
    }

    draft.parentExternalId = object.value(QStringLiteral("parent_external_id")).toString();
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    draft.component = metadata.value(QStringLiteral("component")).toString();
    draft.suggestedMilestone = metadata.value(QStringLiteral("suggested_milestone")).toString();
    const QJsonValue confidence = metadata.value(QStringLiteral("confidence"));
    if (confidence.isDouble())
        draft.confidence = confidence.toDouble();
    draft.blockId = metadata.value(QStringLiteral("block_id")).toString();
    draft.estimatedEffort = metadata.value(QStringLiteral("estimated_effort")).toString();
    for (const QJsonValue &problem : metadata.value(QStringLiteral("problems")).toArray())
        draft.problems.append(problem.toString());
    return draft;
}

Result<DraftSet> draftSetFromJson(const QJsonObject &object)
{
    const QString schema = object.value(QStringLiteral("schema_version")).toString();
    if (schema != QLatin1String(kTicketsResultSchema))
        return Error{Text::tr("schema_version is \"%1\", expected %2")
                         .arg(schema, QLatin1String(kTicketsResultSchema)),
                     QStringLiteral("schema_version")};
    const QJsonValue tickets = object.value(QStringLiteral("tickets"));
    if (!tickets.isArray())
        return Error{Text::tr("tickets must be an array"), QStringLiteral("tickets")};

    DraftSet set;
    set.jobId = object.value(QStringLiteral("job_id")).toString();
    const QJsonObject source = object.value(QStringLiteral("source")).toObject();
    set.sourceTitle = source.value(QStringLiteral("title")).toString();
    set.sourceSummary = source.value(QStringLiteral("summary")).toString();
    for (const QJsonValue &value : tickets.toArray()) {
        if (!value.isObject())
            return Error{Text::tr("every ticket must be an object"), QStringLiteral("tickets")};
        auto draft = draftFromJson(value.toObject());
        if (!draft)
            return draft.error();
        set.tickets.append(draft.value());
    }
    set.risks = notesFromJson(object.value(QStringLiteral("risks")));
    set.openQuestions = notesFromJson(object.value(QStringLiteral("open_questions")));

    const QJsonObject generation = object.value(QStringLiteral("generation")).toObject();
    set.generation.generator = generation.value(QStringLiteral("generator")).toString();
    set.generation.model = generation.value(QStringLiteral("model")).toString();
    set.generation.durationMs = qint64(generation.value(QStringLiteral("duration_ms")).toDouble());
    if (generation.value(QStringLiteral("prompt_tokens")).isDouble())
        set.generation.promptTokens = generation.value(QStringLiteral("prompt_tokens")).toInt();
    if (generation.value(QStringLiteral("completion_tokens")).isDouble())
        set.generation.completionTokens = generation.value(QStringLiteral("completion_tokens")).toInt();
    set.generation.finishReason = generation.value(QStringLiteral("finish_reason")).toString();
    for (const QJsonValue &warning : generation.value(QStringLiteral("warnings")).toArray())
        set.generation.warnings.append(warning.toString());
    return set;
}

} // namespace docket
