#include "fake_jira_server.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Request = FakeHttpServer::Request;
using Response = FakeHttpServer::Response;

const QString kGatewayPrefix = u"/ex/jira/"_s;
const QString kNotAuthenticated =
    u"You are not authenticated. Authentication required to perform this operation."_s;
const QString kIssueNotFound = u"Issue does not exist or you do not have permission to see it."_s;
constexpr int kBulkLimit = 50;
constexpr int kSummaryLimit = 255;

Response jsonResponse(int status, const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return {status, "application/json;charset=UTF-8", {document.toJson(QJsonDocument::Compact)}};
}

Response noContent(int status)
{
    return {status, "application/json;charset=UTF-8", {}};
}

// Jira's ErrorCollection: messages about the request, and errors keyed by field.
QJsonObject errorCollection(const QStringList &messages, const QJsonObject &fieldErrors = {})
{
    return {{u"errorMessages"_s, QJsonArray::fromStringList(messages)}, {u"errors"_s, fieldErrors}};
}

Response errorResponse(int status, const QString &message)
{
    return jsonResponse(status, errorCollection({message}));
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

int queryInt(const QUrlQuery &query, const QString &name, int fallback)
{
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    return ok ? value : fallback;
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

Response unreadableBody()
{
    return errorResponse(400, u"Unexpected character in the request body: it is not a JSON object."_s);
}

QString jiraTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+0000"_s;
}

// An ADF node: a type, text that is not empty for text nodes, and nodes as content.
bool isAdfNode(const QJsonValue &value)
{
    const QJsonObject node = value.toObject();
    const QString type = node.value(u"type"_s).toString();
    if (!value.isObject() || type.isEmpty() || type == u"doc"_s)
        return false;
    if (type == u"text"_s && node.value(u"text"_s).toString().isEmpty())
        return false;
    if (!node.contains(u"content"_s))
        return true;
    const QJsonValue content = node.value(u"content"_s);
    if (!content.isArray())
        return false;
    const QJsonArray children = content.toArray();
    return std::all_of(children.begin(), children.end(),
                       [](const QJsonValue &child) { return isAdfNode(child); });
}

// {"type":"doc","version":1,"content":[...]}: what Jira's version 3 takes as a description.
bool isAdfDocument(const QJsonValue &value)
{
    const QJsonObject doc = value.toObject();
    if (!value.isObject() || doc.value(u"type"_s) != u"doc"_s || doc.value(u"version"_s) != QJsonValue(1) ||
        !doc.value(u"content"_s).isArray())
        return false;
    const QJsonArray content = doc.value(u"content"_s).toArray();
    return std::all_of(content.begin(), content.end(),
                       [](const QJsonValue &node) { return isAdfNode(node); });
}

QString adfText(const QJsonObject &node)
{
    const QString type = node.value(u"type"_s).toString();
    if (type == u"text"_s)
        return node.value(u"text"_s).toString();
    if (type == u"hardBreak"_s)
        return u"\n"_s;
    QString text;
    for (const QJsonValue &child : node.value(u"content"_s).toArray())
        text += adfText(child.toObject());
    return text;
}

// Version 2 speaks plain text: one paragraph a line.
QString adfToText(const QJsonValue &doc)
{
    QStringList blocks;
    for (const QJsonValue &block : doc.toObject().value(u"content"_s).toArray())
        blocks.append(adfText(block.toObject()));
    return blocks.join(u'\n');
}

QJsonValue textToAdf(const QString &text)
{
    QJsonArray paragraphs;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject textNode{{u"type"_s, u"text"_s}, {u"text"_s, line}};
        paragraphs.append(QJsonObject{{u"type"_s, u"paragraph"_s}, {u"content"_s, QJsonArray{textNode}}});
    }
    if (paragraphs.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"type"_s, u"doc"_s}, {u"version"_s, 1}, {u"content"_s, paragraphs}};
}

// Jira labels are single words: a space would split one label into two.
QString labelError(const QJsonValue &label)
{
    if (!label.isString() || label.toString().isEmpty())
        return u"A label must be text that is not empty."_s;
    if (label.toString().contains(u' '))
        return u"The label '%1' contains spaces which is invalid."_s.arg(label.toString());
    return {};
}

// A reference such as {"key": "DOC-1"} or {"id": "10001"}: the key, else the id.
QString keyOrId(const QJsonValue &reference, const QString &keyName = u"key"_s)
{
    const QJsonObject object = reference.toObject();
    if (object.contains(keyName))
        return object.value(keyName).toString();
    const QJsonValue id = object.value(u"id"_s);
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

// A page of a list, as Jira's PageBean: startAt, maxResults, total, isLast, values, nextPage.
QJsonObject pageBean(const QJsonArray &items, const QUrlQuery &query, const QString &self, int maxLimit)
{
    const int startAt = qMax(0, queryInt(query, u"startAt"_s, 0));
    const int maxResults = std::clamp(queryInt(query, u"maxResults"_s, 50), 1, maxLimit);
    QJsonArray values;
    for (qsizetype i = startAt; i < qMin(items.size(), qsizetype(startAt) + maxResults); ++i)
        values.append(items.at(i));
    const bool isLast = startAt + maxResults >= items.size();
    QJsonObject page{{u"self"_s, self},          {u"startAt"_s, startAt}, {u"maxResults"_s, maxResults},
                     {u"total"_s, items.size()}, {u"isLast"_s, isLast},   {u"values"_s, values}};
    if (!isLast)
        page.insert(u"nextPage"_s,
                    self + u"?startAt=%1&maxResults=%2"_s.arg(startAt + maxResults).arg(maxResults));
    return page;
}

// --- JQL: clauses joined by AND, then ORDER BY ---

QStringList jqlTokens(const QString &jql)
{
    static const QRegularExpression token(uR"re("(?:[^"\\]|\\.)*"|'[^']*'|!=|[=(),]|[^\s=!(),"']+)re"_s);
    QStringList tokens;
    for (auto it = token.globalMatch(jql); it.hasNext();)
        tokens.append(it.next().captured(0));
    return tokens;
}

QString unquoted(const QString &token)
{
    if (token.size() >= 2 && (token.startsWith(u'"') || token.startsWith(u'\'')))
        return token.mid(1, token.size() - 2).replace(u"\\\""_s, u"\""_s);
    return token;
}

bool isWord(const QString &token, const char *word)
{
    return token.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

bool containsIgnoringCase(const QStringList &values, const QString &candidate)
{
    return values.contains(candidate, Qt::CaseInsensitive);
}

// The page token names the query it belongs to, so a token cannot carry over to another search.
QString pageToken(const QString &jql, qsizetype offset)
{
    const QByteArray plain = QByteArray::number(qHash(jql, 0)) + ':' + QByteArray::number(offset);
    return QString::fromLatin1(plain.toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<qsizetype> offsetOfToken(const QString &jql, const QString &token)
{
    const QList<QByteArray> parts =
        QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).split(':');
    bool ok = false;
    const qsizetype offset = parts.value(1).toLongLong(&ok);
    if (parts.size() != 2 || !ok || parts.at(0) != QByteArray::number(qHash(jql, 0)))
        return std::nullopt;
    return offset;
}

} // namespace

FakeJiraServer::FakeJiraServer(QObject *parent)
    : QObject(parent)
{
    m_issueTypes = {{u"10000"_s, u"Epic"_s, 1},
                    {u"10001"_s, u"Story"_s, 0},
                    {u"10002"_s, u"Task"_s, 0},
                    {u"10003"_s, u"Bug"_s, 0}};
    m_priorities = {{u"1"_s, u"Highest"_s, u"#d04437"_s},
                    {u"2"_s, u"High"_s, u"#f15C75"_s},
                    {u"3"_s, u"Medium"_s, u"#f79232"_s},
                    {u"4"_s, u"Low"_s, u"#707070"_s},
                    {u"5"_s, u"Lowest"_s, u"#999999"_s}};
    m_linkTypes = {{u"10000"_s, u"Blocks"_s, u"is blocked by"_s, u"blocks"_s},
                   {u"10002"_s, u"Duplicate"_s, u"is duplicated by"_s, u"duplicates"_s},
                   {u"10003"_s, u"Relates"_s, u"relates to"_s, u"relates to"_s}};
    m_http.setHandler([this](const Request &request) { return respond(request); });
}

QUrl FakeJiraServer::url() const
{
    return m_http.url();
}

QUrl FakeJiraServer::cloudUrl(const QString &cloudId) const
{
    return QUrl(url().toString() + kGatewayPrefix + cloudId);
}

void FakeJiraServer::addSite(const QString &cloudId)
{
    m_cloudIds.insert(cloudId);
}

void FakeJiraServer::addToken(const QString &token, const QString &email)
{
    m_bearerTokens.insert(token, accountIndex(email));
    m_expiredSecrets.remove(token);
}

void FakeJiraServer::addBasicCredentials(const QString &email, const QString &apiToken)
{
    m_basicCredentials.insert(email + u':' + apiToken, accountIndex(email));
    m_expiredSecrets.remove(apiToken);
}

int FakeJiraServer::accountIndex(const QString &email)
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        if (m_accounts.at(i).email == email)
            return int(i);
    const QString accountId =
        u"5b10a2844c20165700ede%1"_s.arg(int(m_accounts.size() + 1), 3, 10, QChar(u'0'));
    m_accounts.append(Account{accountId, email, email.section(u'@', 0, 0)});
    return int(m_accounts.size() - 1);
}

void FakeJiraServer::expireToken(const QString &tokenOrApiToken)
{
    m_expiredSecrets.insert(tokenOrApiToken);
}

void FakeJiraServer::addProject(const QString &key, const QString &name, const QStringList &issueTypes)
{
    if (findProject(key))
        return;
    Project project;
    project.id = QString::number(m_nextProjectId++);
    project.key = key.toUpper();
    project.name = name;
    for (const QString &typeName : issueTypes) {
        const IssueType *type = findIssueType(typeName);
        if (!type) { // a type this instance has not seen yet, e.g. "Spike"
            m_issueTypes.append({QString::number(10000 + m_issueTypes.size()), typeName, 0});
            type = &m_issueTypes.last();
        }
        project.issueTypeIds.append(type->id);
    }
    m_projects.append(project);
}

void FakeJiraServer::requireField(const QString &projectKey, const QString &issueType, const QString &fieldId,
                                  const QString &name)
{
    Project *project = findProject(projectKey);
    const IssueType *type = findIssueType(issueType);
    if (project && type)
        project->requiredFields.append({type->id, fieldId, name});
}

void FakeJiraServer::failNext(int status, const QByteArray &body, const QByteArray &contentType)
{
    m_nextFailure = Response{status, contentType, {body}};
}

void FakeJiraServer::dropNextAfterProcessing()
{
    m_dropNext = true;
}

void FakeJiraServer::stallNext()
{
    m_stallNext = true;
}

void FakeJiraServer::rateLimitNext(int retryAfterSeconds)
{
    m_nextRateLimit = retryAfterSeconds;
}

void FakeJiraServer::setLatencyMs(int ms)
{
    m_latencyMs = ms;
}

QList<QJsonObject> FakeJiraServer::issues() const
{
    const QString apiBase = url().toString() + u"/rest/api/3"_s;
    QList<QJsonObject> list;
    for (const Issue &issue : m_issues)
        list.append(issueJson(issue, apiBase, 3, {u"*all"_s}));
    return list;
}

QList<QJsonObject> FakeJiraServer::links() const
{
    QList<QJsonObject> list;
    for (const Link &link : m_links)
        list.append({{u"id"_s, link.id},
                     {u"type"_s, QJsonObject{{u"name"_s, link.typeName}}},
                     {u"inwardIssue"_s, QJsonObject{{u"key"_s, link.inwardKey}}},
                     {u"outwardIssue"_s, QJsonObject{{u"key"_s, link.outwardKey}}}});
    return list;
}

// --- Every request: faults, credentials, the rate limit, then the endpoint ---

Response FakeJiraServer::respond(const Request &request)
{
    if (std::exchange(m_stallNext, false)) {
        Response silence;
        silence.unanswered = true;
        return silence;
    }
    Response response;
    if (m_nextFailure) {
        response = *std::exchange(m_nextFailure, std::nullopt);
    } else if (!accountOf(request)) {
        response = errorResponse(401, kNotAuthenticated);
        response.headers.append(
            std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Basic realm=\"protected-area\""));
    } else if (m_nextRateLimit) {
        response = errorResponse(429, u"Rate limit exceeded."_s);
        const int retryAfter = *std::exchange(m_nextRateLimit, std::nullopt);
        response.headers.append(
            std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(retryAfter)));
    } else if (const std::optional<Route> route = routeOf(request)) {
        response = dispatch(request, *route);
    } else {
        response = errorResponse(404, u"No such resource: %1"_s.arg(pathOf(request)));
    }
    response.delayMs = m_latencyMs;
    if (std::exchange(m_dropNext, false))
        cutShort(response);
    return response;
}

// Part of the answer, then a reset: QtNetwork resends an HTTP/1.1 request by itself when the
// connection closes before the first byte, so a drop with nothing sent would not be one. An answer
// with no body (a 204 edit, a 201 link) is complete once its head is out, so it is never sent: the
// client waits until it gives up, and the change stays made all the same.
void FakeJiraServer::cutShort(Response &response)
{
    const QByteArray body = response.chunks.join();
    if (body.isEmpty()) {
        response.unanswered = true;
        return;
    }
    const qsizetype half = qMax<qsizetype>(1, body.size() / 2);
    response.chunks = {body.left(half), body.mid(half)};
    response.dropAfterChunks = 1;
}

const FakeJiraServer::Account *FakeJiraServer::accountOf(const Request &request) const
{
    const QByteArray authorization = request.headers.value("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space).toLower();
    const QByteArray credentials = authorization.mid(space + 1).trimmed();
    if (space < 0)
        return nullptr;
    std::optional<int> index;
    QString secret;
    if (scheme == "bearer") {
        secret = QString::fromUtf8(credentials);
        if (m_bearerTokens.contains(secret))
            index = m_bearerTokens.value(secret);
    } else if (scheme == "basic") {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(credentials));
        secret = pair.section(u':', 1);
        if (m_basicCredentials.contains(pair))
            index = m_basicCredentials.value(pair);
    }
    if (!index || m_expiredSecrets.contains(secret))
        return nullptr;
    return &m_accounts.at(*index);
}

// "/ex/jira/{cloudId}/rest/api/3/..." for a known site, or "/rest/api/{2|3}/..." at the root.
std::optional<FakeJiraServer::Route> FakeJiraServer::routeOf(const Request &request) const
{
    QString path = pathOf(request);
    QString prefix;
    if (path.startsWith(kGatewayPrefix)) {
        const QString cloudId = path.mid(kGatewayPrefix.size()).section(u'/', 0, 0);
        if (!m_cloudIds.contains(cloudId))
            return std::nullopt;
        prefix = kGatewayPrefix + cloudId;
        path = path.mid(prefix.size());
    }
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 4 || parts.at(0) != u"rest"_s || parts.at(1) != u"api"_s ||
        (parts.at(2) != u"2"_s && parts.at(2) != u"3"_s))
        return std::nullopt;
    return Route{url().toString() + prefix + u"/rest/api/"_s + parts.at(2), parts.at(2).toInt(),
                 parts.mid(3)};
}

Response FakeJiraServer::dispatch(const Request &request, const Route &route)
{
    const QStringList &parts = route.parts;
    const QByteArray &method = request.method;
    const QString first = parts.value(0);
    if (parts == QStringList{u"myself"_s} && method == "GET")
        return myself(request, route);
    if (parts == QStringList{u"project"_s, u"search"_s} && method == "GET")
        return searchProjects(request, route);
    if (parts == QStringList{u"priority"_s, u"search"_s} && method == "GET")
        return searchPriorities(request, route);
    if (parts == QStringList{u"priority"_s} && method == "GET")
        return listPriorities(route);
    if (parts == QStringList{u"search"_s, u"jql"_s} && (method == "GET" || method == "POST"))
        return searchJql(request, route);
    if (parts == QStringList{u"issueLink"_s} && method == "POST")
        return createLink(request);
    if (parts == QStringList{u"issue"_s} && method == "POST")
        return createIssue(request, route);
    if (parts == QStringList{u"issue"_s, u"bulk"_s} && method == "POST")
        return createIssues(request, route);
    if (first == u"issue"_s && parts.value(1) == u"createmeta"_s && parts.value(3) == u"issuetypes"_s &&
        method == "GET") {
        if (parts.size() == 4)
            return createMetaIssueTypes(request, route, parts.at(2));
        if (parts.size() == 5)
            return createMetaFields(request, route, parts.at(2), parts.at(4));
    }
    if (first == u"issue"_s && parts.size() == 2) {
        if (method == "GET")
            return getIssue(request, route, parts.at(1));
        if (method == "PUT")
            return updateIssue(request, route, parts.at(1));
    }
    return errorResponse(404, u"No such resource: %1"_s.arg(pathOf(request)));
}

// --- The account, projects, priorities and create metadata ---

Response FakeJiraServer::myself(const Request &request, const Route &route) const
{
    const Account &account = *accountOf(request);
    return jsonResponse(200,
                        QJsonObject{{u"self"_s, route.apiBase + u"/user?accountId="_s + account.accountId},
                                    {u"accountId"_s, account.accountId},
                                    {u"accountType"_s, u"atlassian"_s},
                                    {u"emailAddress"_s, account.email},
                                    {u"displayName"_s, account.displayName},
                                    {u"active"_s, true},
                                    {u"timeZone"_s, u"Etc/UTC"_s}});
}

Response FakeJiraServer::searchProjects(const Request &request, const Route &route) const
{
    const QUrlQuery query = queryOf(request);
    const QString text = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    QJsonArray items;
    for (const Project &project : m_projects)
        if (project.key.contains(text, Qt::CaseInsensitive) ||
            project.name.contains(text, Qt::CaseInsensitive))
            items.append(projectJson(project, route.apiBase));
    return jsonResponse(200, pageBean(items, query, route.apiBase + u"/project/search"_s, 100));
}

Response FakeJiraServer::searchPriorities(const Request &request, const Route &route) const
{
    QJsonArray items;
    for (const Priority &priority : m_priorities)
        items.append(priorityJson(priority, route.apiBase));
    return jsonResponse(200, pageBean(items, queryOf(request), route.apiBase + u"/priority/search"_s, 50));
}

Response FakeJiraServer::listPriorities(const Route &route) const
{
    QJsonArray items;
    for (const Priority &priority : m_priorities)
        items.append(priorityJson(priority, route.apiBase));
    return jsonResponse(200, items);
}

Response FakeJiraServer::createMetaIssueTypes(const Request &request, const Route &route,
                                              const QString &projectKey) const
{
    const Project *project = findProject(projectKey);
    if (!project)
        return errorResponse(404, u"No project could be found with key '%1'."_s.arg(projectKey));
    QJsonArray types;
    for (const QString &id : project->issueTypeIds)
        types.append(issueTypeJson(*findIssueType(id), route.apiBase));
    QJsonObject page = pageBean(types, queryOf(request), QString(), 200);
    // This endpoint names its list issueTypes and has neither self nor isLast.
    page.insert(u"issueTypes"_s, page.take(u"values"_s));
    page.remove(u"self"_s);
    page.remove(u"isLast"_s);
    page.remove(u"nextPage"_s);
    return jsonResponse(200, page);
}

Response FakeJiraServer::createMetaFields(const Request &request, const Route &route,
                                          const QString &projectKey, const QString &issueTypeId) const
{
    const Project *project = findProject(projectKey);
    if (!project)
        return errorResponse(404, u"No project could be found with key '%1'."_s.arg(projectKey));
    if (!project->issueTypeIds.contains(issueTypeId))
        return errorResponse(404,
                             u"Issue type with id '%1' does not exist in the project."_s.arg(issueTypeId));
    const QJsonArray fields = fieldMetadata(*project, *findIssueType(issueTypeId), route.apiBase);
    QJsonObject page = pageBean(fields, queryOf(request), QString(), 200);
    page.insert(u"fields"_s, page.take(u"values"_s));
    page.remove(u"self"_s);
    page.remove(u"isLast"_s);
    page.remove(u"nextPage"_s);
    return jsonResponse(200, page);
}

QJsonArray FakeJiraServer::fieldMetadata(const Project &project, const IssueType &type,
                                         const QString &apiBase) const
{
    const auto field = [](const QString &id, const QString &name, bool required, const QJsonObject &schema,
                          const QStringList &operations) {
        return QJsonObject{{u"fieldId"_s, id},
                           {u"key"_s, id},
                           {u"name"_s, name},
                           {u"required"_s, required},
                           {u"schema"_s, schema},
                           {u"hasDefaultValue"_s, false},
                           {u"operations"_s, QJsonArray::fromStringList(operations)}};
    };
    const auto system = [](const QString &jsonType, const QString &id) {
        return QJsonObject{{u"type"_s, jsonType}, {u"system"_s, id}};
    };
    QJsonObject issueType =
        field(u"issuetype"_s, u"Issue Type"_s, true, system(u"issuetype"_s, u"issuetype"_s), {});
    issueType.insert(u"allowedValues"_s, QJsonArray{issueTypeJson(type, apiBase)});
    QJsonObject projectField =
        field(u"project"_s, u"Project"_s, true, system(u"project"_s, u"project"_s), {u"set"_s});
    projectField.insert(u"allowedValues"_s, QJsonArray{projectJson(project, apiBase)});
    QJsonArray priorities;
    for (const Priority &priority : m_priorities)
        priorities.append(priorityJson(priority, apiBase));
    QJsonObject priority =
        field(u"priority"_s, u"Priority"_s, false, system(u"priority"_s, u"priority"_s), {u"set"_s});
    priority.insert(u"allowedValues"_s, priorities);
    priority.insert(u"hasDefaultValue"_s, true);
    priority.insert(u"defaultValue"_s, priorities.at(2));
    QJsonObject labelsSchema = system(u"array"_s, u"labels"_s);
    labelsSchema.insert(u"items"_s, u"string"_s);

    QJsonArray fields{
        issueType,
        projectField,
        field(u"summary"_s, u"Summary"_s, true, system(u"string"_s, u"summary"_s), {u"set"_s}),
        field(u"description"_s, u"Description"_s, false, system(u"string"_s, u"description"_s), {u"set"_s}),
        priority,
        field(u"labels"_s, u"Labels"_s, false, labelsSchema, {u"add"_s, u"set"_s, u"remove"_s})};
    if (allowedFields(project, type, true).contains(u"parent"_s))
        fields.append(
            field(u"parent"_s, u"Parent"_s, false, system(u"issuelink"_s, u"parent"_s), {u"set"_s}));
    for (const RequiredField &required : project.requiredFields) {
        if (required.issueTypeId != type.id)
            continue;
        const QJsonObject schema{
            {u"type"_s, u"string"_s},
            {u"custom"_s, u"com.atlassian.jira.plugin.system.customfieldtypes:textfield"_s},
            {u"customId"_s, required.fieldId.section(u'_', 1).toInt()}};
        fields.append(field(required.fieldId, required.name, true, schema, {u"set"_s}));
    }
    return fields;
}

// The fields a create (or an edit) may name: the system ones, a parent when the project has a type
// one level up, and the project's custom fields for this type.
QStringList FakeJiraServer::allowedFields(const Project &project, const IssueType &type, bool creating) const
{
    QStringList allowed{u"summary"_s, u"description"_s, u"priority"_s, u"labels"_s};
    if (creating)
        allowed << u"project"_s << u"issuetype"_s;
    const bool hasLevelAbove = std::any_of(
        project.issueTypeIds.cbegin(), project.issueTypeIds.cend(), [this, &type](const QString &id) {
            return findIssueType(id)->hierarchyLevel == type.hierarchyLevel + 1;
        });
    if (hasLevelAbove)
        allowed.append(u"parent"_s);
    for (const RequiredField &required : project.requiredFields)
        if (required.issueTypeId == type.id)
            allowed.append(required.fieldId);
    return allowed;
}

// --- Issues ---

Response FakeJiraServer::createIssue(const Request &request, const Route &route)
{
    const std::optional<QJsonObject> details = parseObject(request.body);
    if (!details)
        return unreadableBody();
    Issue issue;
    const QJsonObject errors = prepareIssue(*details, route.version, issue);
    if (!errors.isEmpty())
        return jsonResponse(400, errorCollection({}, errors));
    return jsonResponse(201, storeIssue(issue, route));
}

// Each element is checked against the issues that existed before the request; the valid ones are
// created and the others reported by their index. Only when none is valid is the answer a 400.
Response FakeJiraServer::createIssues(const Request &request, const Route &route)
{
    const std::optional<QJsonObject> body = parseObject(request.body);
    if (!body)
        return unreadableBody();
    const QJsonArray updates = body->value(u"issueUpdates"_s).toArray();
    if (updates.size() > kBulkLimit)
        return errorResponse(400,
                             u"Bulk create is limited to %1 issues; the request has %2."_s.arg(kBulkLimit)
                                 .arg(updates.size()));
    QList<std::optional<Issue>> prepared;
    QJsonArray errors;
    for (qsizetype i = 0; i < updates.size(); ++i) {
        Issue issue;
        const QJsonObject fieldErrors = prepareIssue(updates.at(i).toObject(), route.version, issue);
        prepared.append(fieldErrors.isEmpty() ? std::optional<Issue>(issue) : std::nullopt);
        if (!fieldErrors.isEmpty())
            errors.append(QJsonObject{{u"status"_s, 400},
                                      {u"failedElementNumber"_s, int(i)},
                                      {u"elementErrors"_s, errorCollection({}, fieldErrors)}});
    }
    QJsonArray created;
    for (const std::optional<Issue> &issue : std::as_const(prepared))
        if (issue)
            created.append(storeIssue(*issue, route));
    const int status = created.isEmpty() && !updates.isEmpty() ? 400 : 201;
    return jsonResponse(status, QJsonObject{{u"issues"_s, created}, {u"errors"_s, errors}});
}

QJsonObject FakeJiraServer::prepareIssue(const QJsonObject &details, int version, Issue &issue) const
{
    const QJsonObject fields = details.value(u"fields"_s).toObject();
    QJsonObject errors;
    const Project *project = projectOf(fields.value(u"project"_s));
    if (!project)
        errors.insert(u"project"_s, u"Specify a valid project ID or key"_s);
    const IssueType *type = project ? issueTypeOf(*project, fields.value(u"issuetype"_s)) : nullptr;
    if (!fields.contains(u"issuetype"_s))
        errors.insert(u"issuetype"_s, u"Specify an issue type"_s);
    else if (project && !type)
        errors.insert(u"issuetype"_s, u"The issue type selected is invalid."_s);
    if (!project || !type)
        return errors;
    issue.projectKey = project->key;
    issue.issueTypeId = type->id;
    issue.priorityId = u"3"_s; // Medium, the default of Jira's default priority scheme
    errors = applyFields(fields, *project, *type, version, true, issue);
    const QJsonArray labelUpdates = details.value(u"update"_s).toObject().value(u"labels"_s).toArray();
    const QJsonObject labelErrors = applyLabelUpdates(labelUpdates, issue);
    for (auto it = labelErrors.begin(); it != labelErrors.end(); ++it)
        errors.insert(it.key(), it.value());
    return errors;
}

QJsonObject FakeJiraServer::storeIssue(Issue issue, const Route &route)
{
    Project &project = *findProject(issue.projectKey);
    issue.id = QString::number(m_nextIssueId++);
    issue.key = project.key + u'-' + QString::number(project.nextIssueNumber++);
    issue.created = issue.updated = QDateTime::currentDateTimeUtc();
    m_issues.append(issue);
    return {{u"id"_s, issue.id}, {u"key"_s, issue.key}, {u"self"_s, route.apiBase + u"/issue/"_s + issue.id}};
}

// Every field is checked and every problem reported at once, keyed by field, as Jira does.
QJsonObject FakeJiraServer::applyFields(const QJsonObject &fields, const Project &project,
                                        const IssueType &type, int version, bool creating, Issue &issue) const
{
    QJsonObject errors;
    const QStringList allowed = allowedFields(project, type, creating);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!allowed.contains(it.key()))
            errors.insert(it.key(),
                          u"Field '%1' cannot be set. It is not on the appropriate screen, or unknown."_s.arg(
                              it.key()));

    if (creating || fields.contains(u"summary"_s)) {
        const QString summary = fields.value(u"summary"_s).toString().trimmed();
        if (summary.isEmpty())
            errors.insert(u"summary"_s, u"You must specify a summary of the issue."_s);
        else if (summary.size() > kSummaryLimit)
            errors.insert(u"summary"_s, u"Summary must be less than 255 characters."_s);
        issue.summary = summary;
    }
    if (fields.contains(u"description"_s)) {
        const QJsonValue description = fields.value(u"description"_s);
        if (description.isNull())
            issue.description = QJsonValue::Null;
        else if (version == 3 && isAdfDocument(description))
            issue.description = description;
        else if (version == 2 && description.isString())
            issue.description = textToAdf(description.toString());
        else
            errors.insert(u"description"_s, version == 3 ? u"Operation value must be an Atlassian Document"_s
                                                         : u"Operation value must be a string"_s);
    }
    if (fields.contains(u"priority"_s)) {
        if (const Priority *priority = priorityOf(fields.value(u"priority"_s)))
            issue.priorityId = priority->id;
        else
            errors.insert(u"priority"_s, u"Specify a valid 'id' or 'name' for Priority"_s);
    }
    if (fields.contains(u"labels"_s)) {
        issue.labels.clear();
        for (const QJsonValue &label : fields.value(u"labels"_s).toArray()) {
            if (const QString error = labelError(label); !error.isEmpty()) {
                errors.insert(u"labels"_s, error);
                continue;
            }
            if (!issue.labels.contains(label.toString()))
                issue.labels.append(label.toString());
        }
    }
    if (fields.contains(u"parent"_s) && allowed.contains(u"parent"_s)) {
        const Issue *parent = issueOf(fields.value(u"parent"_s));
        if (!parent)
            errors.insert(u"parent"_s, u"Could not find issue by id or key."_s);
        else if (findIssueType(parent->issueTypeId)->hierarchyLevel != type.hierarchyLevel + 1)
            errors.insert(u"parent"_s, u"Given parent work item does not belong to appropriate hierarchy."_s);
        else
            issue.parentKey = parent->key;
    }
    for (const RequiredField &required : project.requiredFields) {
        if (required.issueTypeId != type.id || (!creating && !fields.contains(required.fieldId)))
            continue;
        const QJsonValue value = fields.value(required.fieldId);
        if (value.isUndefined() || value.isNull() ||
            (value.isString() && value.toString().trimmed().isEmpty()))
            errors.insert(required.fieldId, u"%1 is required."_s.arg(required.name));
        else
            issue.customFields.insert(required.fieldId, value);
    }
    return errors;
}

// The "update" form of labels: [{"add": "x"}, {"remove": "y"}, {"set": [...]}].
QJsonObject FakeJiraServer::applyLabelUpdates(const QJsonArray &operations, Issue &issue) const
{
    for (const QJsonValue &operation : operations) {
        const QJsonObject step = operation.toObject();
        if (step.contains(u"set"_s)) {
            issue.labels.clear();
            for (const QJsonValue &label : step.value(u"set"_s).toArray())
                if (!issue.labels.contains(label.toString()))
                    issue.labels.append(label.toString());
        }
        const QString added = step.value(u"add"_s).toString();
        if (!added.isEmpty() && !issue.labels.contains(added))
            issue.labels.append(added);
        issue.labels.removeAll(step.value(u"remove"_s).toString());
    }
    for (const QString &label : std::as_const(issue.labels))
        if (const QString error = labelError(label); !error.isEmpty())
            return {{u"labels"_s, error}};
    return {};
}

Response FakeJiraServer::getIssue(const Request &request, const Route &route, const QString &idOrKey) const
{
    const Issue *issue = findIssue(idOrKey);
    if (!issue)
        return errorResponse(404, kIssueNotFound);
    const QString wanted = queryOf(request).queryItemValue(u"fields"_s, QUrl::FullyDecoded);
    const QStringList fields = wanted.isEmpty() ? QStringList{u"*all"_s} : wanted.split(u',');
    return jsonResponse(200, issueJson(*issue, route.apiBase, route.version, fields));
}

Response FakeJiraServer::updateIssue(const Request &request, const Route &route, const QString &idOrKey)
{
    Issue *issue = findIssue(idOrKey);
    if (!issue)
        return errorResponse(404, kIssueNotFound);
    const std::optional<QJsonObject> body = parseObject(request.body);
    if (!body)
        return unreadableBody();
    Issue changed = *issue; // applied only when every field is valid
    const Project &project = *findProject(issue->projectKey);
    const IssueType &type = *findIssueType(issue->issueTypeId);
    QJsonObject errors =
        applyFields(body->value(u"fields"_s).toObject(), project, type, route.version, false, changed);
    const QJsonObject labelErrors =
        applyLabelUpdates(body->value(u"update"_s).toObject().value(u"labels"_s).toArray(), changed);
    for (auto it = labelErrors.begin(); it != labelErrors.end(); ++it)
        errors.insert(it.key(), it.value());
    if (!errors.isEmpty())
        return jsonResponse(400, errorCollection({}, errors));
    changed.updated = QDateTime::currentDateTimeUtc();
    *issue = changed;
    return noContent(204);
}

Response FakeJiraServer::createLink(const Request &request)
{
    const std::optional<QJsonObject> body = parseObject(request.body);
    if (!body)
        return unreadableBody();
    const LinkType *type = linkTypeOf(body->value(u"type"_s));
    if (!type)
        return errorResponse(404, u"No issue link type with name '%1' found."_s.arg(
                                      keyOrId(body->value(u"type"_s), u"name"_s)));
    const Issue *inward = issueOf(body->value(u"inwardIssue"_s));
    const Issue *outward = issueOf(body->value(u"outwardIssue"_s));
    if (!inward || !outward)
        return errorResponse(404, kIssueNotFound);
    // The same link twice is still one link; Jira answers 201 all the same.
    const bool exists = std::any_of(m_links.cbegin(), m_links.cend(), [&](const Link &link) {
        return link.typeName == type->name && link.inwardKey == inward->key &&
               link.outwardKey == outward->key;
    });
    if (!exists)
        m_links.append({QString::number(m_nextLinkId++), type->name, inward->key, outward->key});
    return noContent(201);
}

// --- Search ---

Response FakeJiraServer::searchJql(const Request &request, const Route &route) const
{
    QJsonObject parameters;
    if (request.method == "POST") {
        const std::optional<QJsonObject> body = parseObject(request.body);
        if (!body)
            return unreadableBody();
        parameters = *body;
    } else {
        const QUrlQuery query = queryOf(request);
        // The query string says in text what a POST body says in JSON.
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (name == u"fields"_s)
                parameters.insert(name, QJsonArray::fromStringList(value.split(u',')));
            else if (name == u"maxResults"_s)
                parameters.insert(name, value.toInt());
            else
                parameters.insert(name, value);
        }
    }
    const QString jql = parameters.value(u"jql"_s).toString().trimmed();
    QString syntaxError;
    const std::optional<JqlQuery> query = parseJql(jql, syntaxError);
    if (!query)
        return errorResponse(400, u"Error in the JQL Query: %1"_s.arg(syntaxError));
    if (query->clauses.isEmpty())
        return errorResponse(
            400,
            u"Unbounded JQL queries are not allowed here. Please add a search restriction to your query."_s);
    if (const QString refusal = jqlValueError(*query); !refusal.isEmpty())
        return errorResponse(400, refusal);

    QList<const Issue *> matching;
    for (const Issue &issue : m_issues)
        if (std::all_of(query->clauses.cbegin(), query->clauses.cend(),
                        [&](const JqlClause &clause) { return clauseMatches(clause, issue); }))
            matching.append(&issue);
    if (!query->ascending) // m_issues is in creation order, which is also the order of keys' numbers
        std::reverse(matching.begin(), matching.end());

    QStringList fields;
    const QJsonValue requested = parameters.value(u"fields"_s);
    for (const QJsonValue &field : requested.isArray() ? requested.toArray() : QJsonArray{requested})
        if (!field.toString().isEmpty())
            fields.append(field.toString());
    const bool onlyIds = std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) {
        return field == u"id"_s || field == u"key"_s;
    });
    const int maxResults = std::clamp(parameters.value(u"maxResults"_s).toInt(50), 1, onlyIds ? 5000 : 100);
    qsizetype offset = 0;
    const QString token = parameters.value(u"nextPageToken"_s).toString();
    if (!token.isEmpty()) {
        const std::optional<qsizetype> tokenOffset = offsetOfToken(jql, token);
        if (!tokenOffset)
            return errorResponse(400, u"The nextPageToken is invalid or does not belong to this query."_s);
        offset = *tokenOffset;
    }
    QJsonArray page;
    for (qsizetype i = offset; i < qMin(matching.size(), offset + maxResults); ++i)
        page.append(issueJson(*matching.at(i), route.apiBase, route.version, fields));
    const bool isLast = offset + maxResults >= matching.size();
    QJsonObject result{{u"issues"_s, page}, {u"isLast"_s, isLast}};
    if (!isLast)
        result.insert(u"nextPageToken"_s, pageToken(jql, offset + maxResults));
    return jsonResponse(200, result);
}

// What this emulator understands: project, labels, key, issuetype and parent, with =, != and
// [not] in (...); ORDER BY key or created. Anything else is refused as a JQL error.
std::optional<FakeJiraServer::JqlQuery> FakeJiraServer::parseJql(const QString &jql, QString &error)
{
    static const QStringList fields{u"project"_s, u"labels"_s, u"key"_s, u"issuetype"_s, u"parent"_s};
    const QStringList tokens = jqlTokens(jql);
    JqlQuery query;
    qsizetype at = 0;
    const auto next = [&] { return tokens.value(at++); };
    while (at < tokens.size()) {
        if (isWord(tokens.at(at), "order")) {
            if (!isWord(tokens.value(at + 1), "by") || at + 2 >= tokens.size()) {
                error = u"Expecting 'by' after 'order'."_s;
                return std::nullopt;
            }
            at += 2;
            // Issues are made one after another, so creation order and key order agree.
            const QString orderField = next();
            if (!isWord(orderField, "key") && !isWord(orderField, "created")) {
                error = u"Not able to sort using field '%1'."_s.arg(orderField);
                return std::nullopt;
            }
            query.ascending = isWord(tokens.value(at), "asc");
            break;
        }
        if (!query.clauses.isEmpty() && !isWord(next(), "and")) {
            error = u"Only clauses joined by AND are understood here."_s;
            return std::nullopt;
        }
        JqlClause clause;
        clause.field = next().toLower();
        if (clause.field == u"type"_s)
            clause.field = u"issuetype"_s;
        if (!fields.contains(clause.field)) {
            error =
                u"Field '%1' does not exist or you do not have permission to view it."_s.arg(clause.field);
            return std::nullopt;
        }
        QString op = next();
        if (isWord(op, "not")) {
            clause.negated = true;
            op = next();
        }
        if (op == u"!="_s)
            clause.negated = true;
        if (op == u"="_s || op == u"!="_s) {
            clause.values.append(unquoted(next()));
        } else if (isWord(op, "in") && next() == u"("_s) {
            for (QString value = next(); value != u")"_s; value = next()) {
                if (value.isEmpty()) {
                    error = u"Expecting ')' before the end of the query."_s;
                    return std::nullopt;
                }
                if (value != u","_s)
                    clause.values.append(unquoted(value));
            }
        } else {
            error = u"Expecting operator but got '%1'."_s.arg(op);
            return std::nullopt;
        }
        if (clause.values.isEmpty() || clause.values.contains(QString())) {
            error = u"Expecting a value for the field '%1'."_s.arg(clause.field);
            return std::nullopt;
        }
        query.clauses.append(clause);
    }
    return query;
}

// Values that name nothing are JQL errors in Jira, not empty results: an unknown project, issue
// type, or an issue key that does not exist.
QString FakeJiraServer::jqlValueError(const JqlQuery &query) const
{
    for (const JqlClause &clause : query.clauses) {
        for (const QString &value : clause.values) {
            const bool isKeyField = clause.field == u"key"_s || clause.field == u"parent"_s;
            if (clause.field == u"project"_s && !findProject(value))
                return u"The value '%1' does not exist for the field 'project'."_s.arg(value);
            if (clause.field == u"issuetype"_s && !findIssueType(value))
                return u"The value '%1' does not exist for the field 'issuetype'."_s.arg(value);
            if (isKeyField && !findIssue(value) && !findProject(value.section(u'-', 0, 0)))
                return u"The issue key '%1' for field '%2' is invalid."_s.arg(value, clause.field);
            if (isKeyField && !findIssue(value))
                return u"An issue with key '%1' does not exist for field '%2'."_s.arg(value, clause.field);
        }
    }
    return {};
}

bool FakeJiraServer::clauseMatches(const JqlClause &clause, const Issue &issue) const
{
    bool matches = false;
    if (clause.field == u"project"_s) {
        const Project *project = findProject(issue.projectKey);
        matches = containsIgnoringCase(clause.values, project->key) || clause.values.contains(project->id);
    } else if (clause.field == u"labels"_s) {
        matches = std::any_of(issue.labels.cbegin(), issue.labels.cend(), [&clause](const QString &label) {
            return containsIgnoringCase(clause.values, label);
        });
    } else if (clause.field == u"key"_s) {
        matches = containsIgnoringCase(clause.values, issue.key) || clause.values.contains(issue.id);
    } else if (clause.field == u"issuetype"_s) {
        const IssueType *type = findIssueType(issue.issueTypeId);
        matches = containsIgnoringCase(clause.values, type->name) || clause.values.contains(type->id);
    } else if (clause.field == u"parent"_s) {
        matches = !issue.parentKey.isEmpty() && containsIgnoringCase(clause.values, issue.parentKey);
    }
    return matches != clause.negated;
}

// --- JSON ---

// wantedFields as Jira's `fields`: "*all" or "*navigable" for every field; "id" alone for the id only.
QJsonObject FakeJiraServer::issueJson(const Issue &issue, const QString &apiBase, int version,
                                      const QStringList &wantedFields) const
{
    QJsonObject json{{u"id"_s, issue.id}};
    const bool onlyId = std::all_of(wantedFields.cbegin(), wantedFields.cend(),
                                    [](const QString &field) { return field == u"id"_s; });
    if (onlyId)
        return json;
    json.insert(u"key"_s, issue.key);
    json.insert(u"self"_s, apiBase + u"/issue/"_s + issue.id);
    const QJsonObject all = issueFields(issue, apiBase, version);
    const bool everything = wantedFields.contains(u"*all"_s) || wantedFields.contains(u"*navigable"_s);
    QJsonObject fields;
    for (auto it = all.begin(); it != all.end(); ++it)
        if (everything || wantedFields.contains(it.key()))
            fields.insert(it.key(), it.value());
    json.insert(u"fields"_s, fields);
    return json;
}

QJsonObject FakeJiraServer::issueFields(const Issue &issue, const QString &apiBase, int version) const
{
    const Project &project = *findProject(issue.projectKey);
    const Priority *priority = priorityOf(QJsonObject{{u"id"_s, issue.priorityId}});
    QJsonObject fields{{u"summary"_s, issue.summary},
                       {u"description"_s, version == 3 || issue.description.isNull()
                                              ? issue.description
                                              : QJsonValue(adfToText(issue.description))},
                       {u"issuetype"_s, issueTypeJson(*findIssueType(issue.issueTypeId), apiBase)},
                       {u"priority"_s, priorityJson(*priority, apiBase)},
                       {u"labels"_s, QJsonArray::fromStringList(issue.labels)},
                       {u"project"_s, projectJson(project, apiBase)},
                       {u"status"_s, QJsonObject{{u"name"_s, u"To Do"_s},
                                                 {u"statusCategory"_s, QJsonObject{{u"key"_s, u"new"_s}}}}},
                       {u"issuelinks"_s, issueLinksJson(issue, apiBase)},
                       {u"created"_s, jiraTime(issue.created)},
                       {u"updated"_s, jiraTime(issue.updated)}};
    if (const Issue *parent = findIssue(issue.parentKey))
        fields.insert(u"parent"_s, QJsonObject{{u"id"_s, parent->id},
                                               {u"key"_s, parent->key},
                                               {u"self"_s, apiBase + u"/issue/"_s + parent->id}});
    for (auto it = issue.customFields.begin(); it != issue.customFields.end(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

// Each link as the issue sees it: the other end, under inwardIssue or outwardIssue.
QJsonArray FakeJiraServer::issueLinksJson(const Issue &issue, const QString &apiBase) const
{
    QJsonArray links;
    for (const Link &link : m_links) {
        const bool isInward = link.inwardKey == issue.key;
        if (!isInward && link.outwardKey != issue.key)
            continue;
        const LinkType &type = *linkTypeOf(QJsonObject{{u"name"_s, link.typeName}});
        const Issue &other = *findIssue(isInward ? link.outwardKey : link.inwardKey);
        links.append(QJsonObject{{u"id"_s, link.id},
                                 {u"type"_s, QJsonObject{{u"id"_s, type.id},
                                                         {u"name"_s, type.name},
                                                         {u"inward"_s, type.inward},
                                                         {u"outward"_s, type.outward}}},
                                 {isInward ? u"outwardIssue"_s : u"inwardIssue"_s,
                                  QJsonObject{{u"id"_s, other.id},
                                              {u"key"_s, other.key},
                                              {u"self"_s, apiBase + u"/issue/"_s + other.id}}}});
    }
    return links;
}

QJsonObject FakeJiraServer::issueTypeJson(const IssueType &type, const QString &apiBase) const
{
    return {{u"self"_s, apiBase + u"/issuetype/"_s + type.id},
            {u"id"_s, type.id},
            {u"name"_s, type.name},
            {u"description"_s, QString()},
            {u"subtask"_s, false},
            {u"hierarchyLevel"_s, type.hierarchyLevel}};
}

QJsonObject FakeJiraServer::priorityJson(const Priority &priority, const QString &apiBase) const
{
    return {{u"self"_s, apiBase + u"/priority/"_s + priority.id},
            {u"id"_s, priority.id},
            {u"name"_s, priority.name},
            {u"statusColor"_s, priority.color},
            {u"description"_s, QString()},
            {u"isDefault"_s, priority.name == u"Medium"_s}};
}

QJsonObject FakeJiraServer::projectJson(const Project &project, const QString &apiBase) const
{
    return {{u"self"_s, apiBase + u"/project/"_s + project.id},
            {u"id"_s, project.id},
            {u"key"_s, project.key},
            {u"name"_s, project.name},
            {u"projectTypeKey"_s, u"software"_s},
            {u"simplified"_s, false},
            {u"style"_s, u"classic"_s}};
}

// --- Lookups ---

FakeJiraServer::Project *FakeJiraServer::findProject(const QString &idOrKey)
{
    for (Project &project : m_projects)
        if (project.id == idOrKey || project.key.compare(idOrKey, Qt::CaseInsensitive) == 0)
            return &project;
    return nullptr;
}

const FakeJiraServer::Project *FakeJiraServer::findProject(const QString &idOrKey) const
{
    return const_cast<FakeJiraServer *>(this)->findProject(idOrKey);
}

const FakeJiraServer::Project *FakeJiraServer::projectOf(const QJsonValue &reference) const
{
    const QString idOrKey = keyOrId(reference);
    return idOrKey.isEmpty() ? nullptr : findProject(idOrKey);
}

const FakeJiraServer::IssueType *FakeJiraServer::findIssueType(const QString &idOrName) const
{
    for (const IssueType &type : m_issueTypes)
        if (type.id == idOrName || type.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &type;
    return nullptr;
}

const FakeJiraServer::IssueType *FakeJiraServer::issueTypeOf(const Project &project,
                                                             const QJsonValue &reference) const
{
    const IssueType *type = findIssueType(keyOrId(reference, u"name"_s));
    return type && project.issueTypeIds.contains(type->id) ? type : nullptr;
}

const FakeJiraServer::Priority *FakeJiraServer::priorityOf(const QJsonValue &reference) const
{
    const QString idOrName = keyOrId(reference, u"name"_s);
    for (const Priority &priority : m_priorities)
        if (priority.id == idOrName || priority.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &priority;
    return nullptr;
}

FakeJiraServer::Issue *FakeJiraServer::findIssue(const QString &idOrKey)
{
    if (idOrKey.isEmpty())
        return nullptr;
    for (Issue &issue : m_issues)
        if (issue.id == idOrKey || issue.key.compare(idOrKey, Qt::CaseInsensitive) == 0)
            return &issue;
    return nullptr;
}

const FakeJiraServer::Issue *FakeJiraServer::findIssue(const QString &idOrKey) const
{
    return const_cast<FakeJiraServer *>(this)->findIssue(idOrKey);
}

const FakeJiraServer::Issue *FakeJiraServer::issueOf(const QJsonValue &reference) const
{
    return findIssue(keyOrId(reference));
}

const FakeJiraServer::LinkType *FakeJiraServer::linkTypeOf(const QJsonValue &reference) const
{
    const QString idOrName = keyOrId(reference, u"name"_s);
    for (const LinkType &type : m_linkTypes)
        if (type.id == idOrName || type.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &type;
    return nullptr;
}
