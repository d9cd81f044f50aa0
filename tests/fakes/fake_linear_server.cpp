#include "fake_linear_server.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>
#include <utility>

namespace {

using Request = FakeHttpServer::Request;
using Response = FakeHttpServer::Response;

const QString kWorkspaceUrl = QStringLiteral("https://linear.app/acme/issue/");
const QString kViewerName = QStringLiteral("Alex Doe");
const QString kViewerEmail = QStringLiteral("alex@example.com");
const QStringList kRelationTypes = {QStringLiteral("blocks"), QStringLiteral("duplicate"),
                                    QStringLiteral("related"), QStringLiteral("similar")};
const QStringList kPriorityLabels = {QStringLiteral("No priority"), QStringLiteral("Urgent"),
                                     QStringLiteral("High"), QStringLiteral("Medium"), QStringLiteral("Low")};
constexpr qint64 kWindowMs = 3600 * 1000;
constexpr int kDefaultPageSize = 50;
constexpr int kLargestPage = 250;

Response jsonResponse(int status, const QJsonObject &object)
{
    return {
        status, "application/json; charset=utf-8", {QJsonDocument(object).toJson(QJsonDocument::Compact)}};
}

// Linear's error shape: {"data": null, "errors": [{message, path, extensions}]}.
Response graphqlError(int status, const QString &message, const QString &type, const QString &code,
                      const QString &field = {}, const QString &userMessage = {})
{
    const QJsonObject extensions{
        {QStringLiteral("type"), type},
        {QStringLiteral("code"), code},
        {QStringLiteral("userError"), true},
        {QStringLiteral("userPresentableMessage"), userMessage.isEmpty() ? message : userMessage}};
    QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("extensions"), extensions}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("path"), QJsonArray{field});
    return jsonResponse(status, QJsonObject{{QStringLiteral("data"), QJsonValue::Null},
                                            {QStringLiteral("errors"), QJsonArray{error}}});
}

Response notAuthenticated()
{
    return graphqlError(400, QStringLiteral("Authentication required, not authenticated"),
                        QStringLiteral("authentication error"), QStringLiteral("AUTHENTICATION_ERROR"), {},
                        QStringLiteral("You need to authenticate to access this operation."));
}

Response rateLimited(qint64 retryAfterSeconds)
{
    Response response = graphqlError(429, QStringLiteral("Rate limit exceeded"),
                                     QStringLiteral("ratelimited"), QStringLiteral("RATELIMITED"));
    response.headers.append({"retry-after", QByteArray::number(retryAfterSeconds)});
    return response;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool isPresent(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

bool isWholeNumberWithin(const QJsonValue &value, double low, double high)
{
    const double number = value.toDouble();
    return value.isDouble() && std::floor(number) == number && number >= low && number <= high;
}

bool isUuidV4(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return text.size() == 36 && !uuid.isNull() && uuid.version() == QUuid::Random;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// The root field of a document and the key its answer goes under (the alias, when there is one).
struct Operation {
    QString field;
    QString key;
    bool isMutation = false;
};

std::optional<Operation> operationOf(const QString &query)
{
    const qsizetype brace = query.indexOf(QLatin1Char('{'));
    if (brace < 0)
        return std::nullopt;
    static const QRegularExpression firstField(
        QStringLiteral(R"(^\s*([_A-Za-z][_0-9A-Za-z]*)(?:\s*:\s*([_A-Za-z][_0-9A-Za-z]*))?)"));
    const QRegularExpressionMatch match = firstField.match(query.mid(brace + 1));
    if (!match.hasMatch())
        return std::nullopt;
    const bool aliased = !match.captured(2).isEmpty();
    return Operation{aliased ? match.captured(2) : match.captured(1), match.captured(1),
                     query.left(brace).trimmed().startsWith(QLatin1String("mutation"))};
}

// An ID comparator, {"eq": x} or {"in": [...]}: the ids it allows; nothing when it sets no bound.
std::optional<QSet<QString>> idsAllowedBy(const QJsonObject &comparator)
{
    if (comparator.contains(QStringLiteral("eq")))
        return QSet<QString>{comparator.value(QStringLiteral("eq")).toString()};
    if (comparator.contains(QStringLiteral("in"))) {
        QSet<QString> ids;
        for (const QJsonValue &id : comparator.value(QStringLiteral("in")).toArray())
            ids.insert(id.toString());
        return ids;
    }
    return std::nullopt;
}

std::optional<QSet<QString>> teamIdsAllowedBy(const QJsonObject &filter)
{
    const QJsonObject team = filter.value(QStringLiteral("team")).toObject();
    return idsAllowedBy(team.value(QStringLiteral("id")).toObject());
}

} // namespace

FakeLinearServer::FakeLinearServer(QObject *parent)
    : QObject(parent)
    , m_viewerId(newUuid())
{
    m_requests.limit = 5000;
    m_complexity.limit = 250000;
    startNewWindowIfDue();
    m_http.setHandler([this](const Request &request) { return respond(request); });
}

QUrl FakeLinearServer::url() const
{
    return m_http.url();
}

QUrl FakeLinearServer::graphqlUrl() const
{
    return QUrl(url().toString() + QStringLiteral("/graphql"));
}

void FakeLinearServer::addToken(const QString &token, bool isApiKey)
{
    m_tokens.insert(token, isApiKey);
    m_expiredTokens.removeAll(token);
}

void FakeLinearServer::expireToken(const QString &token)
{
    m_expiredTokens.append(token);
}

QString FakeLinearServer::addTeam(const QString &key, const QString &name)
{
    Team team{newUuid(), key, name, {}, 1};
    const QList<std::pair<QString, QString>> states = {
        {QStringLiteral("Backlog"), QStringLiteral("backlog")},
        {QStringLiteral("Todo"), QStringLiteral("unstarted")},
        {QStringLiteral("In Progress"), QStringLiteral("started")},
        {QStringLiteral("Done"), QStringLiteral("completed")},
        {QStringLiteral("Canceled"), QStringLiteral("canceled")}};
    for (const auto &[stateName, type] : states)
        team.states.append({newUuid(), stateName, type, double(team.states.size())});
    m_teams.append(team);
    return team.id;
}

QString FakeLinearServer::addLabel(const QString &name, const QString &teamId)
{
    const Label label{newUuid(), name, QStringLiteral("#bec2c8"), QString(), teamId};
    m_labels.append(label);
    return label.id;
}

QString FakeLinearServer::workflowStateId(const QString &teamId, const QString &stateName) const
{
    if (const Team *team = findTeam(teamId))
        for (const WorkflowState &state : team->states)
            if (state.name == stateName)
                return state.id;
    return {};
}

void FakeLinearServer::setRequestsLimit(int requestsPerHour)
{
    m_requests.limit = requestsPerHour;
}

void FakeLinearServer::setComplexityLimit(int pointsPerHour)
{
    m_complexity.limit = pointsPerHour;
}

void FakeLinearServer::setComplexityPerRequest(int points)
{
    m_complexityPerRequest = points;
}

void FakeLinearServer::failNext(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_nextFailure = Response{status, contentType, {body}};
}

void FakeLinearServer::dropNextAfterProcessing()
{
    m_dropNext = true;
}

void FakeLinearServer::stallNext()
{
    m_stallNext = true;
}

void FakeLinearServer::rateLimitNext(int retryAfterSeconds)
{
    m_nextRateLimit = retryAfterSeconds;
}

void FakeLinearServer::setLatencyMs(int ms)
{
    m_latencyMs = ms;
}

QList<QJsonObject> FakeLinearServer::issues() const
{
    QList<QJsonObject> list;
    for (const Issue &issue : m_issues)
        list.append(issueJson(issue));
    return list;
}

QList<QJsonObject> FakeLinearServer::relations() const
{
    QList<QJsonObject> list;
    for (const Relation &relation : m_relations)
        list.append(relationJson(relation));
    return list;
}

QList<QJsonObject> FakeLinearServer::labels() const
{
    QList<QJsonObject> list;
    for (const Label &label : m_labels)
        list.append(labelJson(label));
    return list;
}

// --- Every request: faults, credentials, rate limits, then the operation ---

Response FakeLinearServer::respond(const Request &request)
{
    if (std::exchange(m_stallNext, false)) {
        Response silence;
        silence.unanswered = true;
        return silence;
    }
    startNewWindowIfDue();
    Response response;
    if (m_nextFailure)
        response = *std::exchange(m_nextFailure, std::nullopt);
    else if (std::optional<Response> refused = refusal(request))
        response = *refused;
    else
        response = execute(request);
    stamp(response);
    response.delayMs = m_latencyMs;
    if (std::exchange(m_dropNext, false)) {
        // Part of the answer, then a reset: QtNetwork resends an HTTP/1.1 request by itself when the
        // connection closes before the first byte, so a drop with nothing sent would not be one.
        const QByteArray body = response.chunks.join();
        const qsizetype half = qMax<qsizetype>(1, body.size() / 2);
        response.chunks = {body.left(half), body.mid(half)};
        response.dropAfterChunks = 1;
    }
    return response;
}

void FakeLinearServer::startNewWindowIfDue()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (RateBucket *bucket : {&m_requests, &m_complexity}) {
        if (nowMs >= bucket->resetEpochMs) {
            bucket->used = 0;
            bucket->resetEpochMs = nowMs + kWindowMs;
        }
    }
}

std::optional<Response> FakeLinearServer::refusal(const Request &request)
{
    if (!isAuthenticated(request))
        return notAuthenticated();
    const bool requestsSpent = m_requests.used >= m_requests.limit;
    const bool complexitySpent = m_complexity.used + m_complexityPerRequest > m_complexity.limit;
    if (requestsSpent || complexitySpent) {
        const qint64 untilResetMs =
            (requestsSpent ? m_requests : m_complexity).resetEpochMs - QDateTime::currentMSecsSinceEpoch();
        return rateLimited(qMax<qint64>(1, (untilResetMs + 999) / 1000));
    }
    ++m_requests.used;
    m_complexity.used += m_complexityPerRequest;
    if (m_nextRateLimit)
        return rateLimited(*std::exchange(m_nextRateLimit, std::nullopt));
    return std::nullopt;
}

bool FakeLinearServer::isAuthenticated(const Request &request) const
{
    static const QRegularExpression bearer(QStringLiteral("^bearer\\s+(\\S+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString authorization = QString::fromUtf8(request.headers.value("authorization")).trimmed();
    const QRegularExpressionMatch match = bearer.match(authorization);
    const QString token = match.hasMatch() ? match.captured(1) : authorization;
    if (token.isEmpty() || !m_tokens.contains(token) || m_expiredTokens.contains(token))
        return false;
    // OAuth tokens go after "Bearer", personal API keys bare: the other way round is refused.
    return m_tokens.value(token) != match.hasMatch();
}

void FakeLinearServer::stamp(Response &response) const
{
    const auto remaining = [](const RateBucket &bucket) { return qMax(0, bucket.limit - bucket.used); };
    response.headers.append({"x-ratelimit-requests-limit", QByteArray::number(m_requests.limit)});
    response.headers.append({"x-ratelimit-requests-remaining", QByteArray::number(remaining(m_requests))});
    response.headers.append({"x-ratelimit-requests-reset", QByteArray::number(m_requests.resetEpochMs)});
    response.headers.append({"x-ratelimit-complexity-limit", QByteArray::number(m_complexity.limit)});
    response.headers.append(
        {"x-ratelimit-complexity-remaining", QByteArray::number(remaining(m_complexity))});
    response.headers.append({"x-ratelimit-complexity-reset", QByteArray::number(m_complexity.resetEpochMs)});
    response.headers.append({"x-complexity", QByteArray::number(m_complexityPerRequest)});
}

Response FakeLinearServer::execute(const Request &request)
{
    const QByteArray path = request.path.split('?').first();
    if (request.method != "POST" || path != "/graphql")
        return graphqlError(404, QStringLiteral("Not found"), QStringLiteral("invalid input"),
                            QStringLiteral("NOT_FOUND"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QString query = document.object().value(QStringLiteral("query")).toString();
    const std::optional<Operation> operation = operationOf(query);
    if (parseError.error != QJsonParseError::NoError || !operation)
        return graphqlError(400, QStringLiteral("Must provide a query string."),
                            QStringLiteral("graphql error"), QStringLiteral("GRAPHQL_PARSE_FAILED"));
    const QJsonObject variables = document.object().value(QStringLiteral("variables")).toObject();
    const std::optional<Result> result = dispatch(operation->field, operation->isMutation, variables);
    if (!result) {
        const QString type = operation->isMutation ? QStringLiteral("Mutation") : QStringLiteral("Query");
        return graphqlError(
            400, QStringLiteral("Cannot query field \"%1\" on type \"%2\".").arg(operation->field, type),
            QStringLiteral("graphql error"), QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
    }
    if (result->error)
        return graphqlError(400, *result->error, QStringLiteral("invalid input"),
                            QStringLiteral("INVALID_INPUT"), operation->key);
    return jsonResponse(200,
                        QJsonObject{{QStringLiteral("data"), QJsonObject{{operation->key, result->data}}}});
}

std::optional<FakeLinearServer::Result> FakeLinearServer::dispatch(const QString &field, bool isMutation,
                                                                   const QJsonObject &variables)
{
    if (isMutation) {
        if (field == QLatin1String("issueCreate"))
            return createIssue(variables);
        if (field == QLatin1String("issueBatchCreate"))
            return createIssueBatch(variables);
        if (field == QLatin1String("issueUpdate"))
            return updateIssue(variables);
        if (field == QLatin1String("issueRelationCreate"))
            return createRelation(variables);
        if (field == QLatin1String("issueLabelCreate"))
            return createLabel(variables);
        return std::nullopt;
    }
    if (field == QLatin1String("viewer"))
        return viewer();
    if (field == QLatin1String("teams"))
        return teams(variables);
    if (field == QLatin1String("workflowStates"))
        return workflowStates(variables);
    if (field == QLatin1String("issueLabels"))
        return issueLabels(variables);
    if (field == QLatin1String("issues"))
        return issuesPage(variables);
    if (field == QLatin1String("issue"))
        return singleIssue(variables);
    return std::nullopt;
}

// --- Queries ---

FakeLinearServer::Result FakeLinearServer::viewer() const
{
    return {QJsonObject{{QStringLiteral("id"), m_viewerId},
                        {QStringLiteral("name"), kViewerName},
                        {QStringLiteral("email"), kViewerEmail}},
            std::nullopt};
}

FakeLinearServer::Result FakeLinearServer::teams(const QJsonObject &variables) const
{
    QJsonArray nodes;
    for (const Team &team : m_teams)
        nodes.append(QJsonObject{{QStringLiteral("id"), team.id},
                                 {QStringLiteral("key"), team.key},
                                 {QStringLiteral("name"), team.name}});
    return page(nodes, variables);
}

FakeLinearServer::Result FakeLinearServer::workflowStates(const QJsonObject &variables) const
{
    const auto teamIds = teamIdsAllowedBy(variables.value(QStringLiteral("filter")).toObject());
    QJsonArray nodes;
    for (const Team &team : m_teams) {
        if (teamIds && !teamIds->contains(team.id))
            continue;
        for (const WorkflowState &state : team.states)
            nodes.append(QJsonObject{{QStringLiteral("id"), state.id},
                                     {QStringLiteral("name"), state.name},
                                     {QStringLiteral("type"), state.type},
                                     {QStringLiteral("position"), state.position},
                                     {QStringLiteral("team"), QJsonObject{{QStringLiteral("id"), team.id}}}});
    }
    return page(nodes, variables);
}

FakeLinearServer::Result FakeLinearServer::issueLabels(const QJsonObject &variables) const
{
    const QJsonObject filter = variables.value(QStringLiteral("filter")).toObject();
    const auto teamIds = teamIdsAllowedBy(filter);
    const QString name =
        filter.value(QStringLiteral("name")).toObject().value(QStringLiteral("eq")).toString();
    QJsonArray nodes;
    for (const Label &label : m_labels) {
        if ((teamIds && !teamIds->contains(label.teamId)) || (!name.isEmpty() && label.name != name))
            continue;
        nodes.append(labelJson(label));
    }
    return page(nodes, variables);
}

FakeLinearServer::Result FakeLinearServer::issuesPage(const QJsonObject &variables) const
{
    const QJsonObject filter = variables.value(QStringLiteral("filter")).toObject();
    const auto ids = idsAllowedBy(filter.value(QStringLiteral("id")).toObject());
    const auto teamIds = teamIdsAllowedBy(filter);
    QJsonArray nodes;
    for (const Issue &issue : m_issues) {
        if ((ids && !ids->contains(issue.id)) || (teamIds && !teamIds->contains(issue.teamId)))
            continue;
        nodes.append(issueJson(issue));
    }
    return page(nodes, variables);
}

FakeLinearServer::Result FakeLinearServer::singleIssue(const QJsonObject &variables) const
{
    if (const Issue *issue = findIssue(variables.value(QStringLiteral("id")).toString()))
        return {issueJson(*issue), std::nullopt};
    return {{}, QStringLiteral("Entity not found: Issue")};
}

// Forward pagination: `first` nodes after the one whose id is `after`.
FakeLinearServer::Result FakeLinearServer::page(const QJsonArray &nodes, const QJsonObject &variables)
{
    const QJsonValue first = variables.value(QStringLiteral("first"));
    if (isPresent(first) && !isWholeNumberWithin(first, 1, kLargestPage))
        return {{}, QStringLiteral("first must be between 1 and %1").arg(kLargestPage)};
    const int size = isPresent(first) ? first.toInt() : kDefaultPageSize;
    qsizetype start = 0;
    const QString after = variables.value(QStringLiteral("after")).toString();
    if (!after.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < nodes.size() && start < 0; ++i)
            if (nodes.at(i).toObject().value(QStringLiteral("id")).toString() == after)
                start = i + 1;
        if (start < 0)
            return {{}, QStringLiteral("Invalid cursor: %1").arg(after)};
    }
    QJsonArray pageNodes;
    QJsonArray edges;
    for (qsizetype i = start; i < nodes.size() && pageNodes.size() < size; ++i) {
        pageNodes.append(nodes.at(i));
        edges.append(
            QJsonObject{{QStringLiteral("node"), nodes.at(i)},
                        {QStringLiteral("cursor"), nodes.at(i).toObject().value(QStringLiteral("id"))}});
    }
    const auto cursorAt = [&pageNodes](qsizetype i) {
        return pageNodes.isEmpty() ? QJsonValue(QJsonValue::Null)
                                   : pageNodes.at(i).toObject().value(QStringLiteral("id"));
    };
    const QJsonObject pageInfo{{QStringLiteral("hasNextPage"), start + pageNodes.size() < nodes.size()},
                               {QStringLiteral("hasPreviousPage"), start > 0},
                               {QStringLiteral("startCursor"), cursorAt(0)},
                               {QStringLiteral("endCursor"), cursorAt(pageNodes.size() - 1)}};
    return {QJsonObject{{QStringLiteral("nodes"), pageNodes},
                        {QStringLiteral("edges"), edges},
                        {QStringLiteral("pageInfo"), pageInfo}},
            std::nullopt};
}

// --- Mutations ---

FakeLinearServer::Result FakeLinearServer::createIssue(const QJsonObject &variables)
{
    const QJsonObject input = variables.value(QStringLiteral("input")).toObject();
    if (const Problem problem = checkNewIssue(input, {}))
        return {{}, *problem};
    const Issue issue = draftIssue(input, {});
    store(issue);
    return payload(QStringLiteral("issue"), issueJson(issue));
}

FakeLinearServer::Result FakeLinearServer::createIssueBatch(const QJsonObject &variables)
{
    const QJsonValue wrapped =
        variables.value(QStringLiteral("input")).toObject().value(QStringLiteral("issues"));
    const QJsonValue inputs = wrapped.isArray() ? wrapped : variables.value(QStringLiteral("issues"));
    if (!inputs.isArray())
        return {{}, QStringLiteral("issues must be a list of IssueCreateInput")};
    if (inputs.toArray().size() > kBatchLimit)
        return {{},
                QStringLiteral("Too many issues: at most %1 can be created in one batch, %2 were given")
                    .arg(kBatchLimit)
                    .arg(inputs.toArray().size())};
    // One transaction: every input is checked before anything is stored.
    QList<Issue> batch;
    for (const QJsonValue &input : inputs.toArray()) {
        if (const Problem problem = checkNewIssue(input.toObject(), batch))
            return {{}, QStringLiteral("issues[%1]: %2").arg(batch.size()).arg(*problem)};
        batch.append(draftIssue(input.toObject(), batch));
    }
    QJsonArray created;
    for (const Issue &issue : std::as_const(batch)) {
        store(issue);
        created.append(issueJson(issue));
    }
    return payload(QStringLiteral("issues"), created);
}

FakeLinearServer::Result FakeLinearServer::updateIssue(const QJsonObject &variables)
{
    Issue *issue = findIssue(variables.value(QStringLiteral("id")).toString());
    if (!issue)
        return {{}, QStringLiteral("Entity not found: Issue")};
    const QJsonObject input = variables.value(QStringLiteral("input")).toObject();
    if (const Problem problem = checkIssueChanges(*issue, input))
        return {{}, *problem};
    applyIssueChanges(*issue, input);
    return payload(QStringLiteral("issue"), issueJson(*issue));
}

FakeLinearServer::Result FakeLinearServer::createRelation(const QJsonObject &variables)
{
    const QJsonObject input = variables.value(QStringLiteral("input")).toObject();
    const Issue *issue = findIssue(input.value(QStringLiteral("issueId")).toString());
    const Issue *related = findIssue(input.value(QStringLiteral("relatedIssueId")).toString());
    const QString type = input.value(QStringLiteral("type")).toString();
    const QString id = input.value(QStringLiteral("id")).toString();
    if (!issue || !related)
        return {{}, QStringLiteral("Entity not found: Issue")};
    if (issue == related)
        return {{}, QStringLiteral("An issue cannot be related to itself")};
    if (!kRelationTypes.contains(type))
        return {{}, QStringLiteral("type must be one of %1").arg(kRelationTypes.join(QStringLiteral(", ")))};
    if (!id.isEmpty() && !isUuidV4(id))
        return {{}, QStringLiteral("id must be a UUID v4")};
    for (const Relation &relation : std::as_const(m_relations))
        if (relation.id == id)
            return {{}, QStringLiteral("Entity already exists")};
    const Relation relation{id.isEmpty() ? newUuid() : id, issue->id, related->id, type, now()};
    m_relations.append(relation);
    return payload(QStringLiteral("issueRelation"), relationJson(relation));
}

FakeLinearServer::Result FakeLinearServer::createLabel(const QJsonObject &variables)
{
    const QJsonObject input = variables.value(QStringLiteral("input")).toObject();
    const QString name = input.value(QStringLiteral("name")).toString().trimmed();
    const QString teamId = input.value(QStringLiteral("teamId")).toString();
    const QString id = input.value(QStringLiteral("id")).toString();
    if (name.isEmpty())
        return {{}, QStringLiteral("name is required")};
    if (!teamId.isEmpty() && !findTeam(teamId))
        return {{}, QStringLiteral("teamId: no team with id %1").arg(teamId)};
    if (!id.isEmpty() && (!isUuidV4(id) || findLabel(id)))
        return {{},
                findLabel(id) ? QStringLiteral("Entity already exists")
                              : QStringLiteral("id must be a UUID v4")};
    for (const Label &label : std::as_const(m_labels))
        if (label.teamId == teamId && label.name.compare(name, Qt::CaseInsensitive) == 0)
            return {{}, QStringLiteral("Duplicate label name: %1").arg(name)};
    const QString color = input.value(QStringLiteral("color")).toString(QStringLiteral("#bec2c8"));
    const Label label{id.isEmpty() ? newUuid() : id, name, color,
                      input.value(QStringLiteral("description")).toString(), teamId};
    m_labels.append(label);
    return payload(QStringLiteral("issueLabel"), labelJson(label));
}

FakeLinearServer::Result FakeLinearServer::payload(const QString &entityField, const QJsonValue &entity)
{
    m_lastSyncId += 1;
    return {QJsonObject{{QStringLiteral("success"), true},
                        {QStringLiteral("lastSyncId"), m_lastSyncId},
                        {entityField, entity}},
            std::nullopt};
}

// --- Checks of inputs ---

FakeLinearServer::Problem FakeLinearServer::checkNewIssue(const QJsonObject &input,
                                                          const QList<Issue> &batch) const
{
    const QString teamId = input.value(QStringLiteral("teamId")).toString();
    if (teamId.isEmpty())
        return QStringLiteral("teamId is required");
    if (!findTeam(teamId))
        return QStringLiteral("teamId: no team with id %1").arg(teamId);
    if (input.value(QStringLiteral("title")).toString().trimmed().isEmpty())
        return QStringLiteral("title is required");
    const QJsonValue id = input.value(QStringLiteral("id"));
    if (isPresent(id) && !isUuidV4(id.toString()))
        return QStringLiteral("id must be a UUID v4");
    if (isPresent(id) && findIssue(id.toString(), batch))
        return QStringLiteral("Entity already exists");
    if (const Problem problem = checkPriorityAndEstimate(input))
        return problem;
    if (const Problem problem = checkLabels(input.value(QStringLiteral("labelIds")), teamId))
        return problem;
    if (const Problem problem = checkState(input.value(QStringLiteral("stateId")), teamId))
        return problem;
    return checkParent(input.value(QStringLiteral("parentId")), id.toString(), batch);
}

FakeLinearServer::Problem FakeLinearServer::checkIssueChanges(const Issue &issue,
                                                              const QJsonObject &input) const
{
    const QJsonValue title = input.value(QStringLiteral("title"));
    if (!title.isUndefined() && title.toString().trimmed().isEmpty())
        return QStringLiteral("title must not be empty");
    if (const Problem problem = checkPriorityAndEstimate(input))
        return problem;
    for (const QString &field : {QStringLiteral("labelIds"), QStringLiteral("addedLabelIds")})
        if (const Problem problem = checkLabels(input.value(field), issue.teamId))
            return problem;
    if (const Problem problem = checkState(input.value(QStringLiteral("stateId")), issue.teamId))
        return problem;
    return checkParent(input.value(QStringLiteral("parentId")), issue.id, {});
}

FakeLinearServer::Problem FakeLinearServer::checkPriorityAndEstimate(const QJsonObject &input) const
{
    const QJsonValue priority = input.value(QStringLiteral("priority"));
    if (isPresent(priority) && !isWholeNumberWithin(priority, 0, 4))
        return QStringLiteral("priority must be a whole number from 0 to 4");
    const QJsonValue estimate = input.value(QStringLiteral("estimate"));
    if (isPresent(estimate) && !isWholeNumberWithin(estimate, 0, 1e6))
        return QStringLiteral("estimate must be a whole number, 0 or more");
    return std::nullopt;
}

FakeLinearServer::Problem FakeLinearServer::checkLabels(const QJsonValue &labelIds,
                                                        const QString &teamId) const
{
    if (!isPresent(labelIds))
        return std::nullopt;
    if (!labelIds.isArray())
        return QStringLiteral("labelIds must be a list");
    for (const QJsonValue &labelId : labelIds.toArray()) {
        const Label *label = findLabel(labelId.toString());
        if (!label)
            return QStringLiteral("labelIds: no label with id %1").arg(labelId.toString());
        if (!label->teamId.isEmpty() && label->teamId != teamId)
            return QStringLiteral("labelIds: label %1 belongs to another team").arg(label->name);
    }
    return std::nullopt;
}

FakeLinearServer::Problem FakeLinearServer::checkState(const QJsonValue &stateId, const QString &teamId) const
{
    if (!isPresent(stateId))
        return std::nullopt;
    const Team *team = findTeam(teamId);
    for (const WorkflowState &state : team->states)
        if (state.id == stateId.toString())
            return std::nullopt;
    return QStringLiteral("stateId: no workflow state %1 in team %2").arg(stateId.toString(), team->key);
}

FakeLinearServer::Problem FakeLinearServer::checkParent(const QJsonValue &parentId, const QString &childId,
                                                        const QList<Issue> &batch) const
{
    if (!isPresent(parentId))
        return std::nullopt;
    const Issue *parent = findIssue(parentId.toString(), batch);
    if (!parent)
        return QStringLiteral("parentId: no issue %1").arg(parentId.toString());
    // Walking up from the parent must not reach the child, or the hierarchy would loop.
    for (const Issue *ancestor = parent; ancestor; ancestor = findIssue(ancestor->parentId, batch))
        if (!childId.isEmpty() && ancestor->id == childId)
            return QStringLiteral("parentId: an issue cannot be its own ancestor");
    return std::nullopt;
}

// --- Issues ---

FakeLinearServer::Issue FakeLinearServer::draftIssue(const QJsonObject &input,
                                                     const QList<Issue> &batch) const
{
    const Team *team = findTeam(input.value(QStringLiteral("teamId")).toString());
    Issue issue;
    issue.id = input.value(QStringLiteral("id")).toString(newUuid());
    issue.teamId = team->id;
    issue.number = team->nextNumber;
    for (const Issue &earlier : batch)
        if (earlier.teamId == team->id)
            ++issue.number;
    issue.title = input.value(QStringLiteral("title")).toString();
    const QJsonValue description = input.value(QStringLiteral("description"));
    issue.description = isPresent(description) ? description.toString() : QString();
    issue.priority = input.value(QStringLiteral("priority")).toInt(0);
    if (isPresent(input.value(QStringLiteral("estimate"))))
        issue.estimate = input.value(QStringLiteral("estimate")).toInt();
    if (const QString parentId = input.value(QStringLiteral("parentId")).toString(); !parentId.isEmpty())
        issue.parentId = findIssue(parentId, batch)->id;
    // Linear files an issue given no state under the team's first backlog state.
    issue.stateId = input.value(QStringLiteral("stateId")).toString(team->states.first().id);
    for (const QJsonValue &labelId : input.value(QStringLiteral("labelIds")).toArray())
        if (!issue.labelIds.contains(labelId.toString()))
            issue.labelIds.append(labelId.toString());
    issue.createdAt = issue.updatedAt = now();
    return issue;
}

void FakeLinearServer::store(const Issue &issue)
{
    for (Team &team : m_teams)
        if (team.id == issue.teamId)
            team.nextNumber = qMax(team.nextNumber, issue.number + 1);
    m_issues.append(issue);
}

void FakeLinearServer::applyIssueChanges(Issue &issue, const QJsonObject &input)
{
    if (input.contains(QStringLiteral("title")))
        issue.title = input.value(QStringLiteral("title")).toString();
    if (input.contains(QStringLiteral("description")))
        issue.description = input.value(QStringLiteral("description")).toString(QString());
    if (input.contains(QStringLiteral("priority")))
        issue.priority = input.value(QStringLiteral("priority")).toInt(0);
    if (input.contains(QStringLiteral("estimate"))) {
        const QJsonValue estimate = input.value(QStringLiteral("estimate"));
        issue.estimate = isPresent(estimate) ? std::optional<int>(estimate.toInt()) : std::nullopt;
    }
    if (isPresent(input.value(QStringLiteral("stateId"))))
        issue.stateId = input.value(QStringLiteral("stateId")).toString();
    if (input.contains(QStringLiteral("parentId"))) {
        const QJsonValue parentId = input.value(QStringLiteral("parentId"));
        issue.parentId = isPresent(parentId) ? findIssue(parentId.toString())->id : QString();
    }
    if (input.contains(QStringLiteral("labelIds")))
        issue.labelIds.clear();
    for (const QString &field : {QStringLiteral("labelIds"), QStringLiteral("addedLabelIds")})
        for (const QJsonValue &labelId : input.value(field).toArray())
            if (!issue.labelIds.contains(labelId.toString()))
                issue.labelIds.append(labelId.toString());
    for (const QJsonValue &labelId : input.value(QStringLiteral("removedLabelIds")).toArray())
        issue.labelIds.removeAll(labelId.toString());
    issue.updatedAt = now();
}

// --- JSON and look-ups ---

QJsonObject FakeLinearServer::issueJson(const Issue &issue) const
{
    const Team *team = findTeam(issue.teamId);
    QJsonObject state;
    for (const WorkflowState &candidate : team->states)
        if (candidate.id == issue.stateId)
            state = {{QStringLiteral("id"), candidate.id},
                     {QStringLiteral("name"), candidate.name},
                     {QStringLiteral("type"), candidate.type}};
    QJsonValue parent = QJsonValue::Null;
    if (const Issue *parentIssue = issue.parentId.isEmpty() ? nullptr : findIssue(issue.parentId))
        parent = QJsonObject{{QStringLiteral("id"), parentIssue->id},
                             {QStringLiteral("identifier"), identifierOf(*parentIssue)}};
    QJsonArray labelNodes;
    for (const QString &labelId : issue.labelIds)
        if (const Label *label = findLabel(labelId))
            labelNodes.append(QJsonObject{{QStringLiteral("id"), label->id},
                                          {QStringLiteral("name"), label->name},
                                          {QStringLiteral("color"), label->color}});
    return {{QStringLiteral("id"), issue.id},
            {QStringLiteral("identifier"), identifierOf(issue)},
            {QStringLiteral("number"), issue.number},
            {QStringLiteral("url"), kWorkspaceUrl + identifierOf(issue)},
            {QStringLiteral("title"), issue.title},
            {QStringLiteral("description"), textOrNull(issue.description)},
            {QStringLiteral("priority"), issue.priority},
            {QStringLiteral("priorityLabel"), kPriorityLabels.value(issue.priority)},
            {QStringLiteral("estimate"),
             issue.estimate ? QJsonValue(*issue.estimate) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createdAt"), isoTime(issue.createdAt)},
            {QStringLiteral("updatedAt"), isoTime(issue.updatedAt)},
            {QStringLiteral("team"), QJsonObject{{QStringLiteral("id"), team->id},
                                                 {QStringLiteral("key"), team->key},
                                                 {QStringLiteral("name"), team->name}}},
            {QStringLiteral("state"), state},
            {QStringLiteral("parent"), parent},
            {QStringLiteral("labelIds"), QJsonArray::fromStringList(issue.labelIds)},
            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("nodes"), labelNodes}}}};
}

QJsonObject FakeLinearServer::labelJson(const Label &label) const
{
    QJsonValue team = QJsonValue::Null; // a workspace label
    if (const Team *owner = label.teamId.isEmpty() ? nullptr : findTeam(label.teamId))
        team = QJsonObject{{QStringLiteral("id"), owner->id}, {QStringLiteral("key"), owner->key}};
    return {{QStringLiteral("id"), label.id},
            {QStringLiteral("name"), label.name},
            {QStringLiteral("color"), label.color},
            {QStringLiteral("description"), textOrNull(label.description)},
            {QStringLiteral("teamId"), textOrNull(label.teamId)},
            {QStringLiteral("team"), team}};
}

QJsonObject FakeLinearServer::relationJson(const Relation &relation) const
{
    const auto reference = [this](const QString &issueId) {
        const Issue *issue = findIssue(issueId);
        return QJsonObject{{QStringLiteral("id"), issueId},
                           {QStringLiteral("identifier"), identifierOf(*issue)}};
    };
    return {{QStringLiteral("id"), relation.id},
            {QStringLiteral("type"), relation.type},
            {QStringLiteral("issueId"), relation.issueId},
            {QStringLiteral("relatedIssueId"), relation.relatedIssueId},
            {QStringLiteral("issue"), reference(relation.issueId)},
            {QStringLiteral("relatedIssue"), reference(relation.relatedIssueId)},
            {QStringLiteral("createdAt"), isoTime(relation.createdAt)}};
}

const FakeLinearServer::Team *FakeLinearServer::findTeam(const QString &id) const
{
    for (const Team &team : m_teams)
        if (team.id == id)
            return &team;
    return nullptr;
}

const FakeLinearServer::Label *FakeLinearServer::findLabel(const QString &id) const
{
    for (const Label &label : m_labels)
        if (label.id == id)
            return &label;
    return nullptr;
}

const FakeLinearServer::Issue *FakeLinearServer::findIssue(const QString &idOrIdentifier,
                                                           const QList<Issue> &batch) const
{
    if (idOrIdentifier.isEmpty())
        return nullptr;
    for (const QList<Issue> *issues : {&m_issues, &batch})
        for (const Issue &issue : *issues)
            if (issue.id == idOrIdentifier || identifierOf(issue) == idOrIdentifier)
                return &issue;
    return nullptr;
}

FakeLinearServer::Issue *FakeLinearServer::findIssue(const QString &idOrIdentifier)
{
    for (Issue &issue : m_issues)
        if (issue.id == idOrIdentifier || identifierOf(issue) == idOrIdentifier)
            return &issue;
    return nullptr;
}

QString FakeLinearServer::identifierOf(const Issue &issue) const
{
    const Team *team = findTeam(issue.teamId);
    return QStringLiteral("%1-%2").arg(team->key).arg(issue.number);
}
