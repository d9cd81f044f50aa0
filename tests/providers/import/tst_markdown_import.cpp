#include "import/document_importer.h"

#include <QTest>

using namespace docket;

namespace {

QList<Block> importMarkdown(const QByteArray &markdown)
{
    auto imported =
        DocumentImporter::importBytes(markdown, QStringLiteral("spec.md"), DocumentFormat::Markdown);
    if (!imported)
        qFatal("import failed: %s", qPrintable(imported.error().toString()));
    return imported.value().blocks;
}

const Block *findBlock(const QList<Block> &blocks, const QString &textStart)
{
    for (const Block &block : blocks) {
        if (block.text.startsWith(textStart))
            return &block;
    }
    return nullptr;
}

#define REQUIRE_BLOCK(variable, blocks, text)                                                                \
    const Block *variable = findBlock(blocks, text);                                                         \
    QVERIFY2(variable, qPrintable(QStringLiteral("no block starting \"%1\"").arg(text)))

} // namespace

class TestMarkdownImport : public QObject {
    Q_OBJECT
private slots:
    void structuralBlocksWithExactLines()
    {
        const QList<Block> blocks = importMarkdown("# Title\n"              // 1
                                                   "\n"                     // 2
                                                   "Some *context* here,\n" // 3
                                                   "over two lines.\n"      // 4
                                                   "\n"                     // 5
                                                   "```cpp\n"               // 6
                                                   "int x = 1;\n"           // 7
                                                   "```\n"                  // 8
                                                   "\n"                     // 9
                                                   "| Field | Type |\n"     // 10
                                                   "|---|---|\n"            // 11
                                                   "| at | time |\n"        // 12
                                                   "\n"                     // 13
                                                   "> A quoted customer\n"  // 14
                                                   "\n"                     // 15
                                                   "- apples\n"             // 16
                                                   "- pears\n");            // 17
        QCOMPARE(blocks.size(), 6);
        QCOMPARE(blocks.at(0).type, BlockType::Heading);
        QCOMPARE(blocks.at(0).headingLevel, 1);
        QCOMPARE(blocks.at(0).startLine, 1);

        QCOMPARE(blocks.at(1).type, BlockType::Paragraph);
        QCOMPARE(blocks.at(1).text, QStringLiteral("Some context here, over two lines."));
        QCOMPARE(blocks.at(1).startLine, 3);
        QCOMPARE(blocks.at(1).endLine, 4);
        QCOMPARE(blocks.at(1).headingPath, QStringList{QStringLiteral("Title")});

        QCOMPARE(blocks.at(2).type, BlockType::Code);
        QCOMPARE(blocks.at(2).language, QStringLiteral("cpp"));
        QCOMPARE(blocks.at(2).text, QStringLiteral("int x = 1;"));
        QCOMPARE(blocks.at(2).startLine, 6);
        QCOMPARE(blocks.at(2).endLine, 8);

        QCOMPARE(blocks.at(3).type, BlockType::Table);
        QCOMPARE(blocks.at(3).text, QStringLiteral("Field | Type\nat | time"));
        QCOMPARE(blocks.at(3).startLine, 10);
        QCOMPARE(blocks.at(3).endLine, 12);

        QCOMPARE(blocks.at(4).type, BlockType::Quote);
        QCOMPARE(blocks.at(5).type, BlockType::List);
        QCOMPARE(blocks.at(5).items, (QStringList{QStringLiteral("apples"), QStringLiteral("pears")}));
        QCOMPARE(blocks.at(5).startLine, 16);
        QCOMPARE(blocks.at(5).endLine, 17);
        for (int i = 0; i < blocks.size(); ++i)
            QCOMPARE(blocks.at(i).ordinal, i);
    }

    void headingPathsFollowNesting()
    {
        const QList<Block> blocks =
            importMarkdown("# Spec\n\n## Billing\n\n### Refunds\n\nText A\n\n## Search\n\nText B\n");
        REQUIRE_BLOCK(a, blocks, QStringLiteral("Text A"));
        QCOMPARE(a->headingPath,
                 (QStringList{QStringLiteral("Spec"), QStringLiteral("Billing"), QStringLiteral("Refunds")}));
        REQUIRE_BLOCK(b, blocks, QStringLiteral("Text B"));
        QCOMPARE(b->headingPath, (QStringList{QStringLiteral("Spec"), QStringLiteral("Search")}));
        REQUIRE_BLOCK(search, blocks, QStringLiteral("Search"));
        QCOMPARE(search->headingPath, QStringList{QStringLiteral("Spec")});
    }

    void userStories()
    {
        const QList<Block> blocks = importMarkdown(
            "# S\n\nAs a workspace admin, I want to choose the steps so that it fits my team.\n\n"
            "As an analyst I need saved searches.\n\nAsk a colleague if unsure.\n");
        QCOMPARE(blocks.at(1).type, BlockType::UserStory);
        QCOMPARE(blocks.at(2).type, BlockType::UserStory);
        QCOMPARE(blocks.at(3).type, BlockType::Paragraph);
    }

    void requirementListSplitsIntoOneBlockPerItem()
    {
        const QList<Block> blocks = importMarkdown("# S\n\n## Requirements\n\n"
                                                   "- FR-1: The system must export CSV.\n"
                                                   "- FR-2: Admins pick a date range.\n"
                                                   "- FR-3: It shall notify the user.\n");
        QCOMPARE(blocks.size(), 5);
        for (int i = 2; i < 5; ++i) {
            QCOMPARE(blocks.at(i).type, BlockType::Requirement);
            QCOMPARE(blocks.at(i).startLine, 5 + i - 2);
            QCOMPARE(blocks.at(i).endLine, 5 + i - 2);
            QCOMPARE(blocks.at(i).items.size(), 1);
        }
        QVERIFY(blocks.at(3).text.startsWith(QStringLiteral("FR-2")));
    }

    void modalVerbsAndIdsMakeRequirementsAnywhere()
    {
        const QList<Block> blocks = importMarkdown("# S\n\nThe export must finish within a minute.\n\nREQ-12 "
                                                   "Exports are signed.\n\nWe like exports.\n");
        QCOMPARE(blocks.at(1).type, BlockType::Requirement);
        QCOMPARE(blocks.at(2).type, BlockType::Requirement);
        QCOMPARE(blocks.at(3).type, BlockType::Paragraph);
    }

    void checklistBecomesOneAcceptanceCriteriaBlock()
    {
        const QList<Block> blocks =
            importMarkdown("# S\n\n- [ ] Saved searches appear in the sidebar\n"
                           "- [x] The name is required\n- [ ] At most 80 characters\n");
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(1).type, BlockType::AcceptanceCriteria);
        QCOMPARE(blocks.at(1).items, (QStringList{QStringLiteral("Saved searches appear in the sidebar"),
                                                  QStringLiteral("The name is required"),
                                                  QStringLiteral("At most 80 characters")}));
        QCOMPARE(blocks.at(1).startLine, 3);
        QCOMPARE(blocks.at(1).endLine, 5);
    }

    void acceptanceSectionAndGivenWhenThen()
    {
        const QList<Block> blocks = importMarkdown(
            "# S\n\n## Acceptance criteria\n\n- Loads in one second\n- Shows a badge\n\n## Flow\n\n"
            "Given a member on the home page, when they open the checklist, then it expands.\n");
        REQUIRE_BLOCK(list, blocks, QStringLiteral("Loads in one second"));
        QCOMPARE(list->type, BlockType::AcceptanceCriteria);
        QCOMPARE(list->items.size(), 2);
        REQUIRE_BLOCK(scenario, blocks, QStringLiteral("Given a member"));
        QCOMPARE(scenario->type, BlockType::AcceptanceCriteria);
    }

    void solutionRiskAndOpenQuestion()
    {
        const QList<Block> blocks = importMarkdown(
            "# S\n\n## Proposed solution\n\n- Store steps in a table.\n- Add a service.\n\n"
            "## Risks\n\n- Events may lag.\n\n## Open questions\n\n- Who owns the copy?\n\n## Notes\n\n"
            "Risk: the vendor may change prices.\n\nShould we cache results?\n");
        QCOMPARE(findBlock(blocks, QStringLiteral("Store steps"))->type, BlockType::Solution);
        QCOMPARE(findBlock(blocks, QStringLiteral("Add a service"))->type, BlockType::Solution);
        QCOMPARE(findBlock(blocks, QStringLiteral("Events may lag"))->type, BlockType::Risk);
        QCOMPARE(findBlock(blocks, QStringLiteral("Who owns"))->type, BlockType::OpenQuestion);
        QCOMPARE(findBlock(blocks, QStringLiteral("Risk: the vendor"))->type, BlockType::Risk);
        QCOMPARE(findBlock(blocks, QStringLiteral("Should we cache"))->type, BlockType::OpenQuestion);
    }

    void backgroundAndNonGoalsAreNotTyped()
    {
        const QList<Block> blocks =
            importMarkdown("# S\n\n## Background\n\nThe old flow must die, everyone says.\n\n## Non-goals\n\n"
                           "- Guests must keep today's flow.\n- As a guest, I want nothing.\n");
        REQUIRE_BLOCK(background, blocks, QStringLiteral("The old flow"));
        QCOMPARE(background->type, BlockType::Paragraph);
        REQUIRE_BLOCK(nonGoals, blocks, QStringLiteral("Guests must"));
        QCOMPARE(nonGoals->type, BlockType::List);
    }

    void crlfAndByteOrderMarkKeepLineNumbers()
    {
        const QList<Block> blocks = importMarkdown("\xEF\xBB\xBF# Title\r\n\r\nFirst paragraph.\r\n\r\n"
                                                   "- FR-1 must work\r\n");
        QCOMPARE(blocks.at(0).text, QStringLiteral("Title"));
        QCOMPARE(blocks.at(1).text, QStringLiteral("First paragraph."));
        QCOMPARE(blocks.at(1).startLine, 3);
        QCOMPARE(blocks.at(2).startLine, 5);
        QVERIFY(!blocks.at(1).text.contains(QLatin1Char('\r')));
    }

    void documentFields()
    {
        auto imported = DocumentImporter::importBytes("Intro\n\n## First\n\n# Main title\n",
                                                      QStringLiteral("specs/x.md"), DocumentFormat::Markdown);
        QVERIFY(imported);
        const Document &document = imported.value().document;
        QCOMPARE(document.title, QStringLiteral("Main title"));
        QCOMPARE(document.sourcePath, QStringLiteral("specs/x.md"));
        QCOMPARE(document.sha256.size(), 64);
        QVERIFY(!document.id.isEmpty());
        QVERIFY(document.importedAt.isValid());
        for (const Block &block : imported.value().blocks) {
            QCOMPARE(block.documentId, document.id);
            QVERIFY(!block.id.isEmpty());
        }
    }

    void theBundledSampleSpecReadsLikeAPmWouldExpect()
    {
        auto imported = DocumentImporter::importFile(
            QStringLiteral(DOCKET_SOURCE_DIR "/resources/samples/sample-spec.md"));
        QVERIFY(imported);
        const QList<Block> &blocks = imported.value().blocks;
        QCOMPARE(imported.value().document.title, QStringLiteral("Team Onboarding Checklist"));
        REQUIRE_BLOCK(fr3, blocks, QStringLiteral("FR-3"));
        QCOMPARE(fr3->type, BlockType::Requirement);
        QCOMPARE(fr3->startLine, 64);
        QCOMPARE(fr3->endLine, 65);
        REQUIRE_BLOCK(story, blocks, QStringLiteral("As a workspace admin, I want to choose"));
        QCOMPARE(story->type, BlockType::UserStory);
        REQUIRE_BLOCK(tour, blocks, QStringLiteral("A product tour"));
        QCOMPARE(tour->type, BlockType::List); // a non-goal, even though it says "must"
        int stories = 0, requirements = 0, criteria = 0, risks = 0, questions = 0;
        for (const Block &block : blocks) {
            stories += block.type == BlockType::UserStory;
            requirements += block.type == BlockType::Requirement;
            criteria += block.type == BlockType::AcceptanceCriteria;
            risks += block.type == BlockType::Risk;
            questions += block.type == BlockType::OpenQuestion;
        }
        QCOMPARE(stories, 4);
        QCOMPARE(requirements, 6);
        QCOMPARE(criteria, 3);
        QCOMPARE(risks, 2);
        QCOMPARE(questions, 3);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownImport)
#include "tst_markdown_import.moc"
