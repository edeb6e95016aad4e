// Result<T>: the error-as-value type every core call returns.
#include "util/result.h"

#include <QTest>

using namespace porter;

namespace {

// Counts live instances, so a test can see whether a value outlived the statement that produced it.
struct Probe
{
    static inline int alive = 0;
    int payload = 42;
    Probe() { ++alive; }
    Probe(const Probe &o)
        : payload(o.payload)
    {
        ++alive;
    }
    Probe(Probe &&o) noexcept
        : payload(o.payload)
    {
        ++alive;
    }
    ~Probe() { --alive; }
};

Result<Probe> makeProbe()
{
    return Probe();
}

Result<QList<int>> makeList()
{
    return QList<int>{1, 2, 3};
}

Result<int> failing()
{
    return makeError(ErrorCode::NotFound, QStringLiteral("There is no such thing."));
}

} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError()
    {
        auto ok = makeList();
        QVERIFY(ok.ok());
        QVERIFY(bool(ok));
        QCOMPARE(ok->size(), 3);
        QCOMPARE((*ok)[1], 2);
        auto bad = failing();
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
        QCOMPARE(errorCodeName(bad.error().code), QStringLiteral("not-found"));
        Status st;
        QVERIFY(st.ok());
        st = makeError(ErrorCode::Conflict, QStringLiteral("x"));
        QVERIFY(!st.ok());
    }

    // Bug: value() on a temporary returned T&& into the temporary, so `for (x : f().value())` and
    // `auto &&v = f().value()` used a destroyed object.
    void valueOfATemporaryOutlivesTheStatement()
    {
        Probe::alive = 0;
        {
            auto &&v = makeProbe().value();
            QCOMPARE(Probe::alive, 1);
            QCOMPARE(v.payload, 42);
        }
        QCOMPARE(Probe::alive, 0);
        int sum = 0;
        for (int i : makeList().value())
            sum += i;
        QCOMPARE(sum, 6);
    }

    void tryPropagates()
    {
        const auto outer = []() -> Status {
            PORTER_TRY(failing());
            return makeError(ErrorCode::Internal, QStringLiteral("not reached"));
        };
        QCOMPARE(outer().error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
