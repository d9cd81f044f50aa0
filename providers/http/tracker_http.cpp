#include "tracker_http.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace docket {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Trackers give reset times in epoch seconds (GitHub) or milliseconds (Linear).
qint64 epochMs(const QByteArray &value)
{
    const qint64 number = value.trimmed().toLongLong();
    return number > 100000000000LL ? number : number * 1000;
}

} // namespace

TrackerHttp::TrackerHttp(QNetworkAccessManager *network, HttpPolicy policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_policy(policy)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &TrackerHttp::attempt);
}

TrackerHttp::~TrackerHttp()
{
    if (m_reply)
        m_reply->abort();
}

bool TrackerHttp::isWrite(const QByteArray &verb)
{
    return verb != "GET" && verb != "HEAD";
}

qint64 TrackerHttp::rateLimitWaitMs(int status, const QHash<QByteArray, QByteArray> &headers,
                                    qint64 nowEpochMs)
{
    if (status != 429 && status != 403)
        return -1;
    if (headers.contains("retry-after"))
        return qMax<qint64>(0, headers.value("retry-after").trimmed().toLongLong() * 1000);
    const auto exhausted = [&](const QByteArray &remaining, const QByteArray &reset) -> qint64 {
        if (headers.value(remaining).trimmed() != "0" || !headers.contains(reset))
            return -1;
        return qMax<qint64>(0, epochMs(headers.value(reset)) - nowEpochMs);
    };
    if (const qint64 wait = exhausted("x-ratelimit-remaining", "x-ratelimit-reset"); wait >= 0)
        return wait; // GitHub's primary limit
    if (const qint64 wait = exhausted("x-ratelimit-requests-remaining", "x-ratelimit-requests-reset");
        wait >= 0)
        return wait; // Linear
    // A 429 without a hint: GitHub's advice for secondary limits is at least a minute.
    return status == 429 ? 60000 : -1;
}

void TrackerHttp::send(const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body,
                       bool repeatable, std::function<void(HttpOutcome)> done)
{
    m_queue.push_back({verb, request, body, repeatable, std::move(done), 0, false, {}, m_nextSerial++});
    startNext();
}

void TrackerHttp::cancelPending()
{
    // The request on the wire finishes and reports; everything behind it is dropped.
    const bool frontInFlight = m_busy && m_reply;
    std::deque<Pending> dropped;
    while (m_queue.size() > (frontInFlight ? 1u : 0u)) {
        dropped.push_front(std::move(m_queue.back()));
        m_queue.pop_back();
    }
    if (!frontInFlight) {
        m_wait.stop();
        m_busy = false;
    }
    for (Pending &pending : dropped)
        pending.done(
            {HttpOutcome::Kind::Cancelled, 0, {}, {}, tr("Cancelled before it was sent."), pending.attempts});
}

void TrackerHttp::startNext()
{
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    attempt();
}

void TrackerHttp::withToken(std::function<void()> then)
{
    Pending &pending = m_queue.front();
    if (!m_tokens.current || !pending.token.isEmpty()) {
        then();
        return;
    }
    m_tokens.current([this, then, serial = pending.serial](Result<QString> token) {
        if (!isFront(serial))
            return; // cancelled meanwhile
        if (!token) {
            finish({HttpOutcome::Kind::Failed, 0, {}, {}, token.error().message, m_queue.front().attempts});
            return;
        }
        m_queue.front().token = token.value();
        then();
    });
}

void TrackerHttp::attempt()
{
    if (m_queue.empty())
        return;
    Pending &pending = m_queue.front();
    if (isWrite(pending.verb) && m_lastWriteStartMs >= 0) {
        const qint64 due = m_lastWriteStartMs + m_policy.minimumWriteSpacingMs - nowMs();
        if (due > 0) {
            m_wait.start(int(due)); // pace the writes the tracker asks us to space out
            return;
        }
    }
    withToken([this] {
        Pending &current = m_queue.front();
        QNetworkRequest request = current.request;
        request.setTransferTimeout(m_policy.requestTimeoutMs);
        if (m_tokens.apply && !current.token.isEmpty())
            m_tokens.apply(request, current.token);
        if (isWrite(current.verb))
            m_lastWriteStartMs = nowMs();
        ++current.attempts;
        QNetworkReply *reply = dispatch(request, current.verb, current.body);
        m_reply = reply;
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    });
}

QNetworkReply *TrackerHttp::dispatch(const QNetworkRequest &request, const QByteArray &verb,
                                     const QByteArray &body)
{
    if (verb == "POST")
        return m_network->post(request, body);
    if (verb == "GET")
        return m_network->get(request);
    return m_network->sendCustomRequest(request, verb, body);
}

void TrackerHttp::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    if (m_queue.empty())
        return;
    Pending &pending = m_queue.front();
    HttpOutcome outcome;
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        outcome.headers.insert(name.toLower(), value);
    outcome.attempts = pending.attempts;
    const bool canRepeat = pending.repeatable && pending.attempts < m_policy.maxAttempts;

    // QNetworkReply's codes below 200 are the transport's (refused, reset, timeout, proxy, TLS):
    // with one of those, even a status line that arrived is not a whole answer.
    const bool incomplete =
        reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied;
    if (outcome.status == 0 || incomplete) {
        if (canRepeat)
            return retryAfter(backoffMs(pending.attempts));
        outcome.kind = isWrite(pending.verb) && !pending.repeatable ? HttpOutcome::Kind::Unknown
                                                                    : HttpOutcome::Kind::Failed;
        outcome.message = tr("No answer from %1: %2").arg(pending.request.url().host(), reply->errorString());
        return finish(outcome);
    }
    if (outcome.status == 401 && m_tokens.renew && !pending.renewedToken) {
        pending.renewedToken = true;
        m_tokens.renew(pending.token, [this, serial = pending.serial](Result<QString> renewed) {
            if (!isFront(serial))
                return;
            if (!renewed) {
                finish({HttpOutcome::Kind::Failed,
                        401,
                        {},
                        {},
                        renewed.error().message,
                        m_queue.front().attempts});
                return;
            }
            m_queue.front().token = renewed.value();
            attempt();
        });
        return;
    }
    const qint64 wait = rateLimitWaitMs(outcome.status, outcome.headers, nowMs());
    if (wait >= 0) {
        // The tracker refused without doing anything: waiting and asking again is always safe.
        if (wait > m_policy.maxRateLimitWaitMs || pending.attempts >= m_policy.maxAttempts) {
            outcome.kind = HttpOutcome::Kind::Failed;
            outcome.message =
                tr("%1 asks Docket to wait until %2 before sending more.")
                    .arg(pending.request.url().host(),
                         QDateTime::currentDateTime().addMSecs(wait).toString(QStringLiteral("HH:mm")));
            return finish(outcome);
        }
        return retryAfter(int(wait));
    }
    if (outcome.status >= 500) { // 5xx, including a proxy's 502 HTML page
        if (canRepeat)
            return retryAfter(backoffMs(pending.attempts));
        outcome.kind = isWrite(pending.verb) && !pending.repeatable ? HttpOutcome::Kind::Unknown
                                                                    : HttpOutcome::Kind::Failed;
        outcome.message = tr("%1 answered HTTP %2.").arg(pending.request.url().host()).arg(outcome.status);
        return finish(outcome);
    }
    outcome.kind = HttpOutcome::Kind::Answered;
    finish(outcome);
}

void TrackerHttp::retryAfter(int delayMs)
{
    m_wait.start(qMax(0, delayMs));
}

int TrackerHttp::backoffMs(int attempts) const
{
    const qint64 exponential =
        qMin<qint64>(m_policy.maxBackoffMs, qint64(m_policy.baseBackoffMs) << qMin(attempts - 1, 20));
    // Jitter: somewhere between half and all of it, so clients that failed together spread out.
    return int(exponential / 2 + QRandomGenerator::global()->bounded(exponential / 2 + 1));
}

void TrackerHttp::finish(HttpOutcome outcome)
{
    Pending done = std::move(m_queue.front());
    m_queue.pop_front();
    m_busy = false;
    const QPointer<TrackerHttp> alive(this);
    done.done(std::move(outcome)); // may delete this client
    if (alive)
        QTimer::singleShot(0, this, &TrackerHttp::startNext);
}

} // namespace docket
