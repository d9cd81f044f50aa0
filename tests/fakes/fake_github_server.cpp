#include "fake_github_server.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

namespace {

using Request = FakeHttpServer::Request;
using Response = FakeHttpServer::Response;

const QString kApiPrefix = QStringLiteral("/api/v3");
const QString kSecondaryLimitMessage = QStringLiteral(
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.");

Response jsonResponse(int status, const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return {status, "application/json; charset=utf-8", {document.toJson(QJsonDocument::Compact)}};
}

Response message(int status, const QString &text)
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("message"), text}});
}

Response notFound()
{
    return message(404, QStringLiteral("Not Found"));
}

// GitHub's 422: {"message":"Validation Failed","errors":[{resource, code, field}]}.
Response validationFailed(const QString &resource, const QString &code, const QString &field)
{
    const QJsonObject error{{QStringLiteral("resource"), resource},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("field"), field}};
    return jsonResponse(422, QJsonObject{{QStringLiteral("message"), QStringLiteral("Validation Failed")},
                                         {QStringLiteral("errors"), QJsonArray{error}}});
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString nodeId(const char *prefix, qint64 id)
{
    return QString::fromLatin1(prefix + QByteArray::number(id).toBase64(QByteArray::OmitTrailingEquals));
}

bool isWrite(const QByteArray &method)
{
    return method != "GET" && method != "HEAD";
}

QString pathOf(const Request &request)
{
    const qsizetype question = request.path.indexOf('?');
    return QString::fromUtf8(question < 0 ? request.path : request.path.left(question));
}

QUrlQuery queryOf(const Request &request)
{
    const qsizetype question = request.path.indexOf('?');
    return QUrlQuery(question < 0 ? QString() : QString::fromUtf8(request.path.mid(question + 1)));
}

QString queryValue(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded).replace(QLatin1Char('+'), QLatin1Char(' '));
}

// A body that is not JSON at all is GitHub's 400, not a 422.
std::optional<QJsonDocument> parseBody(const Request &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonDocument(QJsonObject());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

Response problemsParsingJson()
{
    return message(400, QStringLiteral("Problems parsing JSON"));
}

QString labelNameOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("name")).toString() : value.toString();
}

// Search terms: qualifiers (key:value, the value maybe quoted) and text, a quoted phrase or a word.
struct SearchTerm {
    QString key; // empty for text
    QString value;
};

QList<SearchTerm> parseSearch(const QString &q)
{
    static const QRegularExpression term(QStringLiteral(R"re((?:([A-Za-z_-]+):)?(?:"([^"]*)"|(\S+)))re"));
    QList<SearchTerm> terms;
    for (auto it = term.globalMatch(q); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString value = match.captured(2).isNull() ? match.captured(3) : match.captured(2);
        terms.append({match.captured(1).toLower(), value});
    }
    return terms;
}

} // namespace

FakeGitHubServer::FakeGitHubServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    const qint64 nowEpoch = QDateTime::currentSecsSinceEpoch();
    m_core = {"core", 5000, 3600, 0, nowEpoch + 3600};
    m_search = {"search", 30, 60, 0, nowEpoch + 60};
    m_http.setHandler([this](const Request &request) { return respond(request); });
}

QUrl FakeGitHubServer::url() const
{
    return m_http.url();
}

QUrl FakeGitHubServer::apiUrl() const
{
    return QUrl(url().toString() + kApiPrefix);
}

void FakeGitHubServer::addToken(const QString &token, const QString &login)
{
    m_tokens.insert(token, login);
    m_expiredTokens.removeAll(token);
    if (!m_logins.contains(login))
        m_logins.append(login);
}

void FakeGitHubServer::expireToken(const QString &token)
{
    m_expiredTokens.append(token);
}

void FakeGitHubServer::addRepository(const QString &owner, const QString &repo)
{
    if (findRepository(owner, repo))
        return;
    Repository repository;
    repository.id = m_nextId++;
    repository.owner = owner;
    repository.name = repo;
    m_repositories.append(repository);
}

int FakeGitHubServer::addMilestone(const QString &owner, const QString &repo, const QString &title)
{
    Repository *repository = findRepository(owner, repo);
    if (!repository)
        return 0;
    const int number = repository->nextMilestoneNumber++;
    repository->milestones.append({m_nextId++, number, title, now()});
    return number;
}

void FakeGitHubServer::setNow(const QDateTime &utc)
{
    m_pinnedNow = utc;
}

void FakeGitHubServer::setSearchLagMs(int ms)
{
    m_searchLagMs = ms;
}

void FakeGitHubServer::failNext(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_nextFailure = Response{status, contentType, {body}};
}

void FakeGitHubServer::dropNextAfterProcessing()
{
    m_dropNext = true;
}

void FakeGitHubServer::stallNext()
{
    m_stallNext = true;
}

void FakeGitHubServer::secondaryRateLimitNext(int retryAfterSeconds, bool use429)
{
    m_nextSecondaryLimit = std::pair{retryAfterSeconds, use429};
}

void FakeGitHubServer::primaryRateLimitExhausted(qint64 resetEpoch)
{
    m_primaryExhaustedUntil = resetEpoch;
}

void FakeGitHubServer::resetPrimaryLimit()
{
    m_primaryExhaustedUntil.reset();
    m_core.used = 0;
}

void FakeGitHubServer::setLatencyMs(int ms)
{
    m_latencyMs = ms;
}

void FakeGitHubServer::setMinimumWriteSpacingMs(int ms)
{
    m_minimumWriteSpacingMs = ms;
}

QList<QJsonObject> FakeGitHubServer::issues(const QString &owner, const QString &repo) const
{
    QList<QJsonObject> list;
    if (const Repository *repository = findRepository(owner, repo))
        for (const Issue &issue : repository->issues)
            list.append(issueJson(*repository, issue));
    return list;
}

QList<QJsonObject> FakeGitHubServer::labels(const QString &owner, const QString &repo) const
{
    QList<QJsonObject> list;
    if (const Repository *repository = findRepository(owner, repo))
        for (const Label &label : repository->labels)
            list.append(labelJson(*repository, label));
    return list;
}

QList<int> FakeGitHubServer::subIssues(const QString &owner, const QString &repo, int number) const
{
    const Repository *repository = findRepository(owner, repo);
    const Issue *issue = repository ? findIssue(*repository, number) : nullptr;
    return issue ? issue->subIssues : QList<int>();
}

// --- Every request: faults, credentials, rate limits, then the endpoint ---

Response FakeGitHubServer::respond(const Request &request)
{
    if (std::exchange(m_stallNext, false)) {
        Response silence;
        silence.unanswered = true;
        return silence;
    }
    RateBucket &bucket = bucketFor(request);
    Response response;
    if (m_nextFailure) {
        response = *std::exchange(m_nextFailure, std::nullopt);
    } else if (std::optional<Response> refused = refusal(request, bucket)) {
        response = *refused;
    } else {
        if (isWrite(request.method))
            m_writeTimestamps.append(m_lastWriteMs = m_clock.elapsed());
        response = route(request);
    }
    stamp(response, bucket);
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

FakeGitHubServer::RateBucket &FakeGitHubServer::bucketFor(const Request &request)
{
    RateBucket &bucket =
        pathOf(request).startsWith(kApiPrefix + QStringLiteral("/search/")) ? m_search : m_core;
    const qint64 nowEpoch = QDateTime::currentSecsSinceEpoch();
    if (nowEpoch >= bucket.resetEpoch) { // a new window
        bucket.used = 0;
        bucket.resetEpoch = nowEpoch + bucket.windowSeconds;
    }
    return bucket;
}

std::optional<Response> FakeGitHubServer::refusal(const Request &request, RateBucket &bucket)
{
    const QString login = loginOf(request);
    if (login.isEmpty())
        return message(401, QStringLiteral("Bad credentials"));
    const bool primaryExhausted = &bucket == &m_core && m_primaryExhaustedUntil;
    if (primaryExhausted || bucket.used >= bucket.limit) {
        return message(403, QStringLiteral("API rate limit exceeded for user %1.").arg(login));
    }
    ++bucket.used;
    if (m_nextSecondaryLimit) {
        const auto [retryAfter, use429] = *std::exchange(m_nextSecondaryLimit, std::nullopt);
        Response limited = message(use429 ? 429 : 403, kSecondaryLimitMessage);
        limited.headers.append({"retry-after", QByteArray::number(retryAfter)});
        return limited;
    }
    if (isWrite(request.method) && m_minimumWriteSpacingMs > 0 && m_lastWriteMs >= 0) {
        const qint64 sinceLastWrite = m_clock.elapsed() - m_lastWriteMs;
        if (sinceLastWrite < m_minimumWriteSpacingMs) {
            ++m_writeSpacingRefusals;
            Response limited = message(403, kSecondaryLimitMessage);
            const qint64 waitMs = m_minimumWriteSpacingMs - sinceLastWrite;
            limited.headers.append({"retry-after", QByteArray::number((waitMs + 999) / 1000)});
            return limited;
        }
    }
    return std::nullopt;
}

void FakeGitHubServer::stamp(Response &response, const RateBucket &bucket) const
{
    const bool exhausted = &bucket == &m_core && m_primaryExhaustedUntil;
    const int remaining = exhausted ? 0 : qMax(0, bucket.limit - bucket.used);
    const qint64 reset = exhausted ? *m_primaryExhaustedUntil : bucket.resetEpoch;
    response.headers.append({"x-ratelimit-limit", QByteArray::number(bucket.limit)});
    response.headers.append({"x-ratelimit-remaining", QByteArray::number(remaining)});
    response.headers.append({"x-ratelimit-used", QByteArray::number(bucket.limit - remaining)});
    response.headers.append({"x-ratelimit-reset", QByteArray::number(reset)});
    response.headers.append({"x-ratelimit-resource", bucket.resource});
}

QString FakeGitHubServer::loginOf(const Request &request) const
{
    static const QRegularExpression scheme(QStringLiteral("^(?:bearer|token)\\s+(\\S+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match =
        scheme.match(QString::fromUtf8(request.headers.value("authorization")).trimmed());
    const QString token = match.captured(1);
    if (!match.hasMatch() || m_expiredTokens.contains(token))
        return {};
    return m_tokens.value(token);
}

Response FakeGitHubServer::route(const Request &request)
{
    const QString path = pathOf(request);
    if (!path.startsWith(kApiPrefix + QLatin1Char('/')))
        return notFound();
    const QStringList parts = path.mid(kApiPrefix.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray &method = request.method;
    if (parts == QStringList{QStringLiteral("user")} && method == "GET")
        return currentUser(request);
    if (parts == QStringList{QStringLiteral("user"), QStringLiteral("repos")} && method == "GET")
        return userRepositories(request);
    if (parts == QStringList{QStringLiteral("search"), QStringLiteral("issues")} && method == "GET")
        return searchIssues(request);
    if (parts.size() >= 3 && parts.first() == QLatin1String("repos")) {
        if (Repository *repository = findRepository(parts.at(1), parts.at(2)))
            return routeRepository(request, *repository, parts.mid(3));
    }
    return notFound();
}

Response FakeGitHubServer::routeRepository(const Request &request, Repository &repository,
                                           const QStringList &rest)
{
    const QByteArray &method = request.method;
    const QString collection = rest.value(0);
    if (rest.isEmpty() && method == "GET")
        return repositoryJson(repository);
    if (rest.size() == 1 && collection == QLatin1String("labels")) {
        if (method == "GET")
            return listLabels(request, repository);
        if (method == "POST")
            return createLabel(request, repository);
    }
    if (rest.size() == 1 && collection == QLatin1String("milestones") && method == "GET")
        return listMilestones(request, repository);
    if (rest.size() == 1 && collection == QLatin1String("issues")) {
        if (method == "GET")
            return listIssues(request, repository);
        if (method == "POST")
            return createIssue(request, repository);
    }
    if (rest.size() >= 2 && collection == QLatin1String("issues")) {
        bool isNumber = false;
        const int number = rest.at(1).toInt(&isNumber);
        Issue *issue = isNumber ? findIssue(repository, number) : nullptr;
        if (issue)
            return routeIssue(request, repository, *issue, rest.mid(2));
    }
    return notFound();
}

Response FakeGitHubServer::routeIssue(const Request &request, Repository &repository, Issue &issue,
                                      const QStringList &rest)
{
    const QByteArray &method = request.method;
    if (rest.isEmpty() && method == "GET")
        return jsonResponse(200, issueJson(repository, issue));
    if (rest.isEmpty() && method == "PATCH")
        return updateIssue(request, repository, issue);
    if (rest == QStringList{QStringLiteral("labels")} && method == "POST")
        return addIssueLabels(request, repository, issue);
    if (rest == QStringList{QStringLiteral("sub_issues")}) {
        if (method == "GET")
            return listSubIssues(request, repository, issue);
        if (method == "POST")
            return addSubIssue(request, repository, issue);
    }
    if (rest == QStringList{QStringLiteral("parent")} && method == "GET")
        return parentOf(repository, issue);
    return notFound();
}

// --- Users and repositories ---

Response FakeGitHubServer::currentUser(const Request &request) const
{
    return jsonResponse(200, userJson(loginOf(request)));
}

Response FakeGitHubServer::userRepositories(const Request &request) const
{
    QList<const Repository *> sorted;
    for (const Repository &repository : m_repositories)
        sorted.append(&repository);
    // GitHub's default order for this list: by full name.
    std::sort(sorted.begin(), sorted.end(), [](const Repository *a, const Repository *b) {
        return (a->owner + QLatin1Char('/') + a->name).toLower() <
               (b->owner + QLatin1Char('/') + b->name).toLower();
    });
    QJsonArray items;
    for (const Repository *repository : sorted)
        items.append(QJsonDocument::fromJson(repositoryJson(*repository).chunks.value(0)).object());
    return paginated(request, items);
}

Response FakeGitHubServer::repositoryJson(const Repository &repository) const
{
    const QJsonObject permissions{
        {QStringLiteral("admin"), false}, {QStringLiteral("push"), true}, {QStringLiteral("pull"), true}};
    return jsonResponse(
        200, QJsonObject{{QStringLiteral("id"), repository.id},
                         {QStringLiteral("node_id"), nodeId("R_kgDO", repository.id)},
                         {QStringLiteral("name"), repository.name},
                         {QStringLiteral("full_name"), repository.owner + QLatin1Char('/') + repository.name},
                         {QStringLiteral("owner"), QJsonObject{{QStringLiteral("login"), repository.owner}}},
                         {QStringLiteral("private"), true},
                         {QStringLiteral("html_url"), url().toString() + QLatin1Char('/') + repository.owner +
                                                          QLatin1Char('/') + repository.name},
                         {QStringLiteral("url"), apiUrl().toString() + repositoryApiPath(repository)},
                         {QStringLiteral("has_issues"), true},
                         {QStringLiteral("permissions"), permissions}});
}

// --- Labels and milestones ---

Response FakeGitHubServer::listLabels(const Request &request, const Repository &repository) const
{
    QJsonArray items;
    for (const Label &label : repository.labels)
        items.append(labelJson(repository, label));
    return paginated(request, items);
}

Response FakeGitHubServer::createLabel(const Request &request, Repository &repository)
{
    const std::optional<QJsonDocument> body = parseBody(request);
    if (!body)
        return problemsParsingJson();
    const QJsonObject fields = body->object();
    const QString name = fields.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return validationFailed(QStringLiteral("Label"), QStringLiteral("missing_field"),
                                QStringLiteral("name"));
    static const QRegularExpression hexColor(QStringLiteral("^[0-9a-fA-F]{6}$"));
    const QString color = fields.value(QStringLiteral("color")).toString(QStringLiteral("ededed"));
    if (!hexColor.match(color).hasMatch())
        return validationFailed(QStringLiteral("Label"), QStringLiteral("invalid"), QStringLiteral("color"));
    for (const Label &label : std::as_const(repository.labels))
        if (label.name.compare(name, Qt::CaseInsensitive) == 0)
            return validationFailed(QStringLiteral("Label"), QStringLiteral("already_exists"),
                                    QStringLiteral("name"));
    Label &label = ensureLabel(repository, name);
    label.color = color.toLower();
    label.description = fields.value(QStringLiteral("description")).toString();
    return jsonResponse(201, labelJson(repository, label));
}

FakeGitHubServer::Label &FakeGitHubServer::ensureLabel(Repository &repository, const QString &name)
{
    for (Label &label : repository.labels)
        if (label.name.compare(name, Qt::CaseInsensitive) == 0)
            return label;
    repository.labels.append({m_nextId++, name, QStringLiteral("ededed"), QString()});
    return repository.labels.last();
}

Response FakeGitHubServer::listMilestones(const Request &request, const Repository &repository) const
{
    QJsonArray items;
    for (const Milestone &milestone : repository.milestones)
        items.append(milestoneJson(repository, milestone));
    return paginated(request, items);
}

// --- Issues ---

Response FakeGitHubServer::createIssue(const Request &request, Repository &repository)
{
    const std::optional<QJsonDocument> body = parseBody(request);
    if (!body)
        return problemsParsingJson();
    const QJsonObject fields = body->object();
    const QJsonValue titleValue = fields.value(QStringLiteral("title"));
    // The API takes a string or an integer for the title.
    const QString title =
        titleValue.isDouble() ? QString::number(titleValue.toInteger()) : titleValue.toString().trimmed();
    if (title.isEmpty())
        return validationFailed(QStringLiteral("Issue"), QStringLiteral("missing_field"),
                                QStringLiteral("title"));

    Issue issue;
    issue.title = title;
    issue.body = fields.value(QStringLiteral("body")).toString();
    issue.creator = loginOf(request);
    // Checked before anything changes: a refused create leaves no labels behind.
    if (std::optional<Response> refused =
            applyMilestone(repository, fields.value(QStringLiteral("milestone")), issue.milestone))
        return *refused;
    if (std::optional<Response> refused =
            applyAssignees(fields.value(QStringLiteral("assignees")), issue.assignees))
        return *refused;
    if (std::optional<Response> refused =
            applyLabels(repository, fields.value(QStringLiteral("labels")).toArray(), issue.labels))
        return *refused;

    issue.id = m_nextId++;
    int highest = 0;
    for (const Issue &existing : std::as_const(repository.issues))
        highest = qMax(highest, existing.number);
    issue.number = highest + 1;
    issue.createdAt = issue.updatedAt = now();
    issue.indexedAfterMs = m_clock.elapsed() + m_searchLagMs;
    repository.issues.append(issue);
    return jsonResponse(201, issueJson(repository, repository.issues.last()));
}

Response FakeGitHubServer::updateIssue(const Request &request, Repository &repository, Issue &issue)
{
    const std::optional<QJsonDocument> body = parseBody(request);
    if (!body)
        return problemsParsingJson();
    const QJsonObject fields = body->object();
    Issue changed = issue; // applied only when every field is valid
    if (fields.contains(QStringLiteral("title"))) {
        changed.title = fields.value(QStringLiteral("title")).toString().trimmed();
        if (changed.title.isEmpty())
            return validationFailed(QStringLiteral("Issue"), QStringLiteral("missing_field"),
                                    QStringLiteral("title"));
    }
    if (fields.contains(QStringLiteral("body")))
        changed.body = fields.value(QStringLiteral("body")).toString();
    if (fields.contains(QStringLiteral("milestone")))
        if (std::optional<Response> refused =
                applyMilestone(repository, fields.value(QStringLiteral("milestone")), changed.milestone))
            return *refused;
    if (fields.contains(QStringLiteral("assignees")))
        if (std::optional<Response> refused =
                applyAssignees(fields.value(QStringLiteral("assignees")), changed.assignees))
            return *refused;
    if (std::optional<Response> refused = applyState(fields, changed))
        return *refused;
    if (fields.contains(QStringLiteral("labels"))) {
        changed.labels.clear();
        if (std::optional<Response> refused =
                applyLabels(repository, fields.value(QStringLiteral("labels")).toArray(), changed.labels))
            return *refused;
    }
    changed.updatedAt = now();
    issue = changed;
    return jsonResponse(200, issueJson(repository, issue));
}

std::optional<Response> FakeGitHubServer::applyState(const QJsonObject &fields, Issue &issue) const
{
    static const QStringList reasons{QStringLiteral("completed"), QStringLiteral("not_planned"),
                                     QStringLiteral("reopened"), QStringLiteral("duplicate")};
    const QString wasState = issue.state;
    if (fields.contains(QStringLiteral("state"))) {
        const QString state = fields.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("open") && state != QLatin1String("closed"))
            return validationFailed(QStringLiteral("Issue"), QStringLiteral("invalid"),
                                    QStringLiteral("state"));
        issue.state = state;
    }
    if (fields.contains(QStringLiteral("state_reason"))) {
        const QJsonValue reason = fields.value(QStringLiteral("state_reason"));
        if (!reason.isNull() && !reasons.contains(reason.toString()))
            return validationFailed(QStringLiteral("Issue"), QStringLiteral("invalid"),
                                    QStringLiteral("state_reason"));
        issue.stateReason = reason.toString();
    }
    if (wasState != issue.state) {
        issue.closedAt = issue.state == QLatin1String("closed") ? now() : QDateTime();
        if (!fields.contains(QStringLiteral("state_reason")))
            issue.stateReason = issue.state == QLatin1String("closed") ? QStringLiteral("completed")
                                                                       : QStringLiteral("reopened");
    }
    return std::nullopt;
}

std::optional<Response> FakeGitHubServer::applyLabels(Repository &repository, const QJsonArray &names,
                                                      QStringList &into)
{
    for (const QJsonValue &value : names)
        if (labelNameOf(value).trimmed().isEmpty())
            return validationFailed(QStringLiteral("Label"), QStringLiteral("invalid"),
                                    QStringLiteral("name"));
    // Unknown names become labels of the repository, as GitHub does.
    for (const QJsonValue &value : names) {
        const QString name = ensureLabel(repository, labelNameOf(value).trimmed()).name;
        if (!into.contains(name))
            into.append(name);
    }
    return std::nullopt;
}

std::optional<Response> FakeGitHubServer::applyMilestone(const Repository &repository,
                                                         const QJsonValue &value, int &into) const
{
    if (value.isUndefined() || value.isNull()) {
        into = 0;
        return std::nullopt;
    }
    const int number = value.isDouble() ? value.toInt() : value.toString().toInt();
    const bool known =
        std::any_of(repository.milestones.cbegin(), repository.milestones.cend(),
                    [number](const Milestone &milestone) { return milestone.number == number; });
    if (!known)
        return validationFailed(QStringLiteral("Issue"), QStringLiteral("invalid"),
                                QStringLiteral("milestone"));
    into = number;
    return std::nullopt;
}

std::optional<Response> FakeGitHubServer::applyAssignees(const QJsonValue &value, QStringList &into) const
{
    QStringList assignees;
    for (const QJsonValue &login : value.toArray()) {
        if (!m_logins.contains(login.toString()))
            return validationFailed(QStringLiteral("Issue"), QStringLiteral("invalid"),
                                    QStringLiteral("assignees"));
        assignees.append(login.toString());
    }
    into = assignees;
    return std::nullopt;
}

Response FakeGitHubServer::listIssues(const Request &request, const Repository &repository) const
{
    const QUrlQuery query = queryOf(request);
    const QString state = queryValue(query, QStringLiteral("state"));
    const QString creator = queryValue(query, QStringLiteral("creator"));
    const QString milestone = queryValue(query, QStringLiteral("milestone"));
    const QStringList labels =
        queryValue(query, QStringLiteral("labels")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QDateTime since;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        since = QDateTime::fromString(queryValue(query, QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            return validationFailed(QStringLiteral("Issue"), QStringLiteral("invalid"),
                                    QStringLiteral("since"));
    }
    const bool byUpdate = queryValue(query, QStringLiteral("sort")) == QLatin1String("updated");
    const bool ascending = queryValue(query, QStringLiteral("direction")) == QLatin1String("asc");

    QList<const Issue *> matching;
    for (const Issue &issue : repository.issues) {
        if (state != QLatin1String("all") &&
            issue.state != (state.isEmpty() ? QStringLiteral("open") : state))
            continue;
        if (!creator.isEmpty() && issue.creator.compare(creator, Qt::CaseInsensitive) != 0)
            continue;
        if (since.isValid() && issue.updatedAt < since) // `since` is about the last update
            continue;
        if (milestone == QLatin1String("none") ? issue.milestone != 0
            : milestone == QLatin1String("*")  ? issue.milestone == 0
            : !milestone.isEmpty()             ? issue.milestone != milestone.toInt()
                                               : false)
            continue;
        if (!std::all_of(labels.cbegin(), labels.cend(), [&issue](const QString &label) {
                return issue.labels.contains(label.trimmed(), Qt::CaseInsensitive);
            }))
            continue;
        matching.append(&issue);
    }
    // Numbers break ties: several issues may share a second.
    std::stable_sort(matching.begin(), matching.end(), [byUpdate, ascending](const Issue *a, const Issue *b) {
        const auto key = [byUpdate](const Issue *issue) {
            return std::pair{(byUpdate ? issue->updatedAt : issue->createdAt).toSecsSinceEpoch(),
                             issue->number};
        };
        return ascending ? key(a) < key(b) : key(b) < key(a);
    });
    QJsonArray items;
    for (const Issue *issue : std::as_const(matching))
        items.append(issueJson(repository, *issue));
    return paginated(request, items);
}

Response FakeGitHubServer::addIssueLabels(const Request &request, Repository &repository, Issue &issue)
{
    const std::optional<QJsonDocument> body = parseBody(request);
    if (!body)
        return problemsParsingJson();
    // Both {"labels":[...]} and a bare array are accepted.
    const QJsonArray names =
        body->isArray() ? body->array() : body->object().value(QStringLiteral("labels")).toArray();
    if (std::optional<Response> refused = applyLabels(repository, names, issue.labels))
        return *refused;
    issue.updatedAt = now();
    QJsonArray labels;
    for (const QString &name : std::as_const(issue.labels))
        labels.append(labelJson(repository, ensureLabel(repository, name)));
    return jsonResponse(200, labels);
}

// --- Sub-issues ---

Response FakeGitHubServer::addSubIssue(const Request &request, Repository &repository, Issue &parent)
{
    const std::optional<QJsonDocument> body = parseBody(request);
    if (!body)
        return problemsParsingJson();
    const QJsonObject fields = body->object();
    const qint64 childId = fields.value(QStringLiteral("sub_issue_id")).toInteger();
    // The child is named by its id, not its number: a number matches no issue.
    const auto child = std::find_if(repository.issues.begin(), repository.issues.end(),
                                    [childId](const Issue &issue) { return issue.id == childId; });
    if (child == repository.issues.end() || child->number == parent.number)
        return validationFailed(QStringLiteral("Issue"), QStringLiteral("invalid"),
                                QStringLiteral("sub_issue_id"));
    const bool replaceParent = fields.value(QStringLiteral("replace_parent")).toBool();
    if (child->parent == parent.number || (child->parent != 0 && !replaceParent))
        return validationFailed(QStringLiteral("Issue"), QStringLiteral("already_exists"),
                                QStringLiteral("sub_issue_id"));
    if (child->parent != 0)
        findIssue(repository, child->parent)->subIssues.removeAll(child->number);
    child->parent = parent.number;
    parent.subIssues.append(child->number);
    return jsonResponse(201, issueJson(repository, parent));
}

Response FakeGitHubServer::listSubIssues(const Request &request, const Repository &repository,
                                         const Issue &parent) const
{
    QJsonArray items;
    for (const int number : parent.subIssues)
        items.append(issueJson(repository, *findIssue(repository, number)));
    return paginated(request, items);
}

Response FakeGitHubServer::parentOf(const Repository &repository, const Issue &issue) const
{
    if (issue.parent == 0)
        return notFound();
    return jsonResponse(200, issueJson(repository, *findIssue(repository, issue.parent)));
}

// --- Search ---

Response FakeGitHubServer::searchIssues(const Request &request) const
{
    const QUrlQuery query = queryOf(request);
    const QList<SearchTerm> terms = parseSearch(queryValue(query, QStringLiteral("q")));
    if (terms.isEmpty())
        return validationFailed(QStringLiteral("Search"), QStringLiteral("missing"), QStringLiteral("q"));
    QString repositoryName;
    QStringList labels;
    QStringList texts;
    QString state;
    bool pullRequestsOnly = false;
    bool inTitle = true;
    bool inBody = true;
    for (const SearchTerm &term : terms) {
        if (term.key == QLatin1String("repo")) {
            repositoryName = term.value;
        } else if (term.key == QLatin1String("label")) {
            labels.append(term.value);
        } else if (term.key == QLatin1String("is") || term.key == QLatin1String("state")) {
            if (term.value == QLatin1String("pr"))
                pullRequestsOnly = true;
            else if (term.value == QLatin1String("open") || term.value == QLatin1String("closed"))
                state = term.value;
        } else if (term.key == QLatin1String("in")) {
            inTitle = term.value.contains(QLatin1String("title"));
            inBody = term.value.contains(QLatin1String("body"));
        } else {
            texts.append(term.key.isEmpty() ? term.value : term.key + QLatin1Char(':') + term.value);
        }
    }

    const qint64 nowMs = m_clock.elapsed();
    QJsonArray items;
    for (const Repository &repository : m_repositories) {
        const QString fullName = repository.owner + QLatin1Char('/') + repository.name;
        if (pullRequestsOnly ||
            (!repositoryName.isEmpty() && fullName.compare(repositoryName, Qt::CaseInsensitive) != 0))
            continue;
        for (auto issue = repository.issues.crbegin(); issue != repository.issues.crend(); ++issue) {
            if (issue->indexedAfterMs > nowMs || (!state.isEmpty() && issue->state != state))
                continue;
            const bool labelled = std::all_of(labels.cbegin(), labels.cend(), [&issue](const QString &label) {
                return issue->labels.contains(label, Qt::CaseInsensitive);
            });
            const QString haystack =
                (inTitle ? issue->title : QString()) + QLatin1Char('\n') + (inBody ? issue->body : QString());
            const bool matches = std::all_of(texts.cbegin(), texts.cend(), [&haystack](const QString &text) {
                return haystack.contains(text, Qt::CaseInsensitive);
            });
            if (labelled && matches)
                items.append(issueJson(repository, *issue));
        }
    }
    Response page = paginated(request, items);
    const QJsonArray pageItems = QJsonDocument::fromJson(page.chunks.value(0)).array();
    Response answer = jsonResponse(200, QJsonObject{{QStringLiteral("total_count"), items.size()},
                                                    {QStringLiteral("incomplete_results"), false},
                                                    {QStringLiteral("items"), pageItems}});
    answer.headers = page.headers;
    return answer;
}

// --- Pages and JSON ---

Response FakeGitHubServer::paginated(const Request &request, const QJsonArray &items) const
{
    const QUrlQuery query = queryOf(request);
    const int perPage = std::clamp(query.hasQueryItem(QStringLiteral("per_page"))
                                       ? queryValue(query, QStringLiteral("per_page")).toInt()
                                       : 30,
                                   1, 100);
    const int page =
        qMax(1, query.hasQueryItem(QStringLiteral("page")) ? queryValue(query, QStringLiteral("page")).toInt()
                                                           : 1);
    const int lastPage = qMax(1, int((items.size() + perPage - 1) / perPage));
    QJsonArray slice;
    for (qsizetype i = qsizetype(page - 1) * perPage; i < qMin(items.size(), qsizetype(page) * perPage); ++i)
        slice.append(items.at(i));

    const auto pageLink = [&](int number, const char *relation) {
        QUrlQuery linkQuery = query;
        linkQuery.removeAllQueryItems(QStringLiteral("page"));
        linkQuery.addQueryItem(QStringLiteral("page"), QString::number(number));
        QUrl link(url().toString() + pathOf(request));
        link.setQuery(linkQuery);
        return '<' + link.toEncoded() + ">; rel=\"" + relation + '"';
    };
    QByteArrayList links;
    if (page > 1)
        links << pageLink(page - 1, "prev");
    if (page < lastPage)
        links << pageLink(page + 1, "next") << pageLink(lastPage, "last");
    if (page > 1)
        links << pageLink(1, "first");
    Response response = jsonResponse(200, slice);
    if (!links.isEmpty())
        response.headers.append({"Link", links.join(", ")});
    return response;
}

QJsonObject FakeGitHubServer::issueJson(const Repository &repository, const Issue &issue) const
{
    QJsonArray labels;
    for (const Label &label : repository.labels)
        if (issue.labels.contains(label.name))
            labels.append(labelJson(repository, label));
    QJsonValue milestone = QJsonValue::Null;
    for (const Milestone &candidate : repository.milestones)
        if (candidate.number == issue.milestone)
            milestone = milestoneJson(repository, candidate);
    QJsonArray assignees;
    for (const QString &login : issue.assignees)
        assignees.append(userJson(login));
    int completed = 0;
    for (const int number : issue.subIssues)
        completed += findIssue(repository, number)->state == QLatin1String("closed") ? 1 : 0;
    const qsizetype total = issue.subIssues.size();
    const QJsonObject summary{
        {QStringLiteral("total"), total},
        {QStringLiteral("completed"), completed},
        {QStringLiteral("percent_completed"), total ? int(completed * 100 / total) : 0}};
    const QString apiPath = repositoryApiPath(repository) + QStringLiteral("/issues/%1").arg(issue.number);
    return {
        {QStringLiteral("id"), issue.id},
        {QStringLiteral("node_id"), nodeId("I_kwDO", issue.id)},
        {QStringLiteral("number"), issue.number},
        {QStringLiteral("url"), apiUrl().toString() + apiPath},
        {QStringLiteral("repository_url"), apiUrl().toString() + repositoryApiPath(repository)},
        {QStringLiteral("html_url"),
         url().toString() +
             QStringLiteral("/%1/%2/issues/%3").arg(repository.owner, repository.name).arg(issue.number)},
        {QStringLiteral("title"), issue.title},
        {QStringLiteral("body"), issue.body},
        {QStringLiteral("state"), issue.state},
        {QStringLiteral("state_reason"), textOrNull(issue.stateReason)},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("milestone"), milestone},
        {QStringLiteral("assignees"), assignees},
        {QStringLiteral("assignee"), assignees.isEmpty() ? QJsonValue(QJsonValue::Null) : assignees.first()},
        {QStringLiteral("user"), userJson(issue.creator)},
        {QStringLiteral("created_at"), isoTime(issue.createdAt)},
        {QStringLiteral("updated_at"), isoTime(issue.updatedAt)},
        {QStringLiteral("closed_at"), isoOrNull(issue.closedAt)},
        {QStringLiteral("sub_issues_summary"), summary}};
}

QJsonObject FakeGitHubServer::labelJson(const Repository &repository, const Label &label) const
{
    return {{QStringLiteral("id"), label.id},
            {QStringLiteral("node_id"), nodeId("LA_kwDO", label.id)},
            {QStringLiteral("url"), apiUrl().toString() + repositoryApiPath(repository) +
                                        QStringLiteral("/labels/") +
                                        QString::fromUtf8(QUrl::toPercentEncoding(label.name))},
            {QStringLiteral("name"), label.name},
            {QStringLiteral("color"), label.color},
            {QStringLiteral("default"), false},
            {QStringLiteral("description"),
             textOrNull(label.description.isEmpty() ? QString() : label.description)}};
}

QJsonObject FakeGitHubServer::milestoneJson(const Repository &repository, const Milestone &milestone) const
{
    int open = 0;
    int closed = 0;
    for (const Issue &issue : repository.issues)
        if (issue.milestone == milestone.number)
            ++(issue.state == QLatin1String("closed") ? closed : open);
    return {{QStringLiteral("id"), milestone.id},
            {QStringLiteral("node_id"), nodeId("MI_kwDO", milestone.id)},
            {QStringLiteral("number"), milestone.number},
            {QStringLiteral("url"), apiUrl().toString() + repositoryApiPath(repository) +
                                        QStringLiteral("/milestones/%1").arg(milestone.number)},
            {QStringLiteral("title"), milestone.title},
            {QStringLiteral("state"), QStringLiteral("open")},
            {QStringLiteral("open_issues"), open},
            {QStringLiteral("closed_issues"), closed},
            {QStringLiteral("created_at"), isoTime(milestone.createdAt)}};
}

QJsonObject FakeGitHubServer::userJson(const QString &login) const
{
    return {{QStringLiteral("login"), login},
            {QStringLiteral("id"), 1000 + m_logins.indexOf(login)},
            {QStringLiteral("type"), QStringLiteral("User")}};
}

QString FakeGitHubServer::repositoryApiPath(const Repository &repository) const
{
    return QStringLiteral("/repos/%1/%2").arg(repository.owner, repository.name);
}

// --- Lookups ---

FakeGitHubServer::Repository *FakeGitHubServer::findRepository(const QString &owner, const QString &repo)
{
    for (Repository &repository : m_repositories)
        if (repository.owner.compare(owner, Qt::CaseInsensitive) == 0 &&
            repository.name.compare(repo, Qt::CaseInsensitive) == 0)
            return &repository;
    return nullptr;
}

const FakeGitHubServer::Repository *FakeGitHubServer::findRepository(const QString &owner,
                                                                     const QString &repo) const
{
    return const_cast<FakeGitHubServer *>(this)->findRepository(owner, repo);
}

FakeGitHubServer::Issue *FakeGitHubServer::findIssue(Repository &repository, int number)
{
    for (Issue &issue : repository.issues)
        if (issue.number == number)
            return &issue;
    return nullptr;
}

const FakeGitHubServer::Issue *FakeGitHubServer::findIssue(const Repository &repository, int number)
{
    return findIssue(const_cast<Repository &>(repository), number);
}

QDateTime FakeGitHubServer::now() const
{
    // Whole seconds, as GitHub stores them: what an answer says is exactly what `since` compares.
    const QDateTime time = m_pinnedNow.isValid() ? m_pinnedNow : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}
