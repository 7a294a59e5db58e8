using Haidian.Rules.SmartHaidian;
using Snapshooter.Xunit;
using static Haidian.Rules.Tests.SmartHaidian.SmartHaidianRecords;

namespace Haidian.Rules.Tests.SmartHaidian;

/// <summary>Snapshots of full reports, so any change to a finding, step, computation or citation is reviewed.</summary>
public sealed partial class SmartHaidianCalculatorTests
{
    [Fact]
    public void Snapshot_SH1_CompliantProjectWithItsTimeline() =>
        Snapshot.Match(Check(P()), o => o.IgnoreField("Provenance.PackageVersion").IgnoreFields("Steps[*].Deadline.Provenance.PackageVersion"));

    [Fact]
    public void Snapshot_ManyFindings_ViolationsDeparturesAndDuties() =>
        Snapshot.Match(
            Check(P() with
            {
                ProposalSubmittedOn = null,
                KickOffOn = D(2019, 1, 16),
                Adjustments = new[] { new Adjustment(AdjustmentKind.Budget, D(2019, 5, 6), D(2019, 5, 7), false) },
                Preliminary = P().Preliminary! with { Experts = 4, Members = AllRoles.Where(m => m != CommitteeRole.FinanceStaff).ToArray() },
                Trial = P().Trial! with { PassedOn = D(2019, 11, 21), ContractorDocuments = new[] { ContractorDocument.TrainingPlan } },
                Stop = new ConstructionStop(D(2019, 6, 1), null, D(2019, 6, 3), D(2019, 6, 5)),
            }),
            o => o.IgnoreField("Provenance.PackageVersion").IgnoreFields("Steps[*].Deadline.Provenance.PackageVersion"));

    [Fact]
    public void Snapshot_SH10_EmergencyProject() =>
        Snapshot.Match(Check(Emergency()), o => o.IgnoreField("Provenance.PackageVersion").IgnoreFields("Steps[*].Deadline.Provenance.PackageVersion"));

    [Fact]
    public void Snapshot_SH8e_DraftList() =>
        Snapshot.Match(Calc.CheckDraftList(List2019()), o => o.IgnoreField("Provenance.PackageVersion"));
}
