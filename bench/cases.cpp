#include "cases.h"

#include "generators/rules/rule_engine.h"
#include "import/document_importer.h"
#include "measure.h"
#include "spec_generator.h"
#include "store/workspace.h"
#include "ticket_browsing.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

namespace docket::bench {

namespace {

QJsonObject importCase(qint64 bytes, int runs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spec.md"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(generateMarkdownSpec(bytes)) < 0)
        fail(QStringLiteral("cannot write the generated spec"));
    file.close();

    QList<double> times;
    qsizetype blocks = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto imported = DocumentImporter::importFile(path);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!imported)
            fail(imported.error().toString());
        blocks = imported.value().blocks.size();
    }
    const double ms = median(times);
    return {
        {QStringLiteral("median_ms"), ms},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("note"), QStringLiteral("%1 blocks, %2 MB/s")
                                     .arg(blocks)
                                     .arg(double(QFileInfo(path).size()) / 1e6 / (ms / 1000.0), 0, 'f', 1)}};
}

QJsonObject ruleGenerationCase(qint64 bytes, int runs)
{
    auto imported = DocumentImporter::importBytes(generateMarkdownSpec(bytes), QStringLiteral("spec.md"),
                                                  DocumentFormat::Markdown);
    if (!imported)
        fail(imported.error().toString());
    GenerationRequest request;
    request.document = imported.value().document;
    request.blocks = imported.value().blocks;

    QList<double> times;
    qsizetype tickets = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto result = rules::generate(request);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!result)
            fail(result.error().toString());
        tickets = result.value().tickets.size();
    }
    const double ms = median(times);
    return {{QStringLiteral("median_ms"), ms},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("note"), QStringLiteral("%1 tickets from %2 blocks, %3 tickets/s")
                                         .arg(tickets)
                                         .arg(request.blocks.size())
                                         .arg(qRound(double(tickets) / (ms / 1000.0)))}};
}

QList<Ticket> makeTickets(const QString &documentId, int count)
{
    QList<Ticket> tickets;
    tickets.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        Ticket ticket;
        ticket.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ticket.documentId = documentId;
        ticket.title = QStringLiteral("Record every change to area %1").arg(i);
        ticket.body =
            QStringLiteral("## Context\nTeams need an audit trail.\n\n## Acceptance Criteria\n- [ ] Saved");
        ticket.ticketType = TicketType(i % 5);
        ticket.priority = Priority(i % 4);
        ticket.labels = {QStringLiteral("audit"), QStringLiteral("area-%1").arg(i % 50)};
        ticket.acceptanceCriteria = {QStringLiteral("Every change is recorded"),
                                     QStringLiteral("Export works")};
        ticket.storyPoints = 1 + i % 13;
        ticket.confidence = 0.8;
        ticket.createdAt = now;
        ticket.updatedAt = now;
        tickets.append(ticket);
    }
    return tickets;
}

QJsonObject storeCase(bool measureRead)
{
    constexpr int kTickets = 50000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.docket"));
    auto workspace = Workspace::open(path);
    if (!workspace)
        fail(workspace.error().toString());
    Document document;
    document.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    document.title = QStringLiteral("Bench");
    document.sourcePath = QStringLiteral("bench.md");
    document.sourceText = QStringLiteral("# Bench\n");
    document.importedAt = QDateTime::currentDateTimeUtc();
    if (Status added = workspace.value()->addDocument(document, {}, QStringLiteral("bench")); !added)
        fail(added.error().toString());

    const QList<Ticket> tickets = makeTickets(document.id, kTickets);
    QElapsedTimer timer;
    timer.start();
    if (Status saved = workspace.value()->saveTickets(tickets, QStringLiteral("bench")); !saved)
        fail(saved.error().toString());
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    if (!measureRead)
        return {{QStringLiteral("median_ms"), writeMs},
                {QStringLiteral("runs"), 1},
                {QStringLiteral("note"),
                 QStringLiteral("%1 tickets/s, one transaction").arg(qRound(kTickets / (writeMs / 1000.0)))}};

    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        auto read = workspace.value()->tickets({document.id, std::nullopt});
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!read || read.value().size() != kTickets)
            fail(QStringLiteral("read back the wrong number of tickets"));
    }
    const double ms = median(times);
    return {{QStringLiteral("median_ms"), ms},
            {QStringLiteral("runs"), 5},
            {QStringLiteral("note"), QStringLiteral("%1 tickets/s").arg(qRound(kTickets / (ms / 1000.0)))}};
}

} // namespace

QList<Case> allCases()
{
    return {
        {QStringLiteral("import_md_1mb"), QStringLiteral("Import a 1 MB Markdown spec"),
         [] { return importCase(1'000'000, 7); }},
        {QStringLiteral("import_md_10mb"), QStringLiteral("Import a 10 MB Markdown spec"),
         [] { return importCase(10'000'000, 3); }},
        {QStringLiteral("generate_rules_1mb"), QStringLiteral("Rule-based generation from a 1 MB spec"),
         [] { return ruleGenerationCase(1'000'000, 7); }},
        {QStringLiteral("generate_rules_10mb"), QStringLiteral("Rule-based generation from a 10 MB spec"),
         [] { return ruleGenerationCase(10'000'000, 3); }},
        {QStringLiteral("store_write_50k"), QStringLiteral("Write 50,000 tickets to a workspace"),
         [] { return storeCase(false); }},
        {QStringLiteral("store_read_50k"), QStringLiteral("Read 50,000 tickets from a workspace"),
         [] { return storeCase(true); }},
        {QStringLiteral("tickets_50k"),
         QStringLiteral(
             "Open, sort, filter, search and scroll a 50,000-ticket workspace in the ticket table"),
         [] { return ticketBrowsingCase(50000); }, true},
    };
}

} // namespace docket::bench
