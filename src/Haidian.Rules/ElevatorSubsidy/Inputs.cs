using System.Collections.Generic;
using NodaTime;

namespace Haidian.Rules.ElevatorSubsidy;

/// <summary>
/// 试点楼房 — the facts about a building that decide whether it is in the pilot scope (一、试点范围).
/// Source: 海行规发〔2017〕6号 一、试点范围.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Id">The building's id as the caller knows it (address, 楼号); required.</param>
/// <param name="Street">街镇 — the street or town it belongs to; required by the portfolio check (one building per street), optional otherwise.</param>
/// <param name="Floors">层数 — above-ground floors, at least 1.</param>
/// <param name="UnitEntrances">单元门 — number of unit entrances, at least 1.</param>
/// <param name="CompletionDate">建成投入使用 — the day it was completed and put into use; not after the as-of date of the question.</param>
/// <param name="IsUrbanResidential">城镇住宅楼房 — an urban residential building.</param>
/// <param name="HasElevator">已设电梯 — already has an elevator (then it is out of scope: 「未设电梯」).</param>
/// <param name="InShantyTownOrExpropriationPlan">列入棚户区改造、房屋征收范围和计划 — within a shanty-town renovation or expropriation scope or plan.</param>
/// <param name="IsMilitaryProperty">军产房 — military property: never in scope.</param>
/// <param name="InOldCommunityRenovation2017">2017年老旧小区改造需要加装电梯 — in the 2017 old-community renovation programme and needing an elevator.</param>
public sealed record Building(
    string Id,
    string? Street,
    int Floors,
    int UnitEntrances,
    LocalDate CompletionDate,
    bool IsUrbanResidential,
    bool HasElevator,
    bool InShantyTownOrExpropriationPlan,
    bool IsMilitaryProperty,
    bool InOldCommunityRenovation2017);

/// <summary>
/// 投票汇总 — counted consent figures for one unit entrance (or building), when the owner roll itself is not at hand.
/// Use <see cref="OwnerRoll"/> to have the library count (an owner of several flats counts once).
/// Source: 海行规发〔2017〕6号 二、三（二）.
/// </summary>
/// <param name="UnitEntrance">The unit entrance the elevator is added to (shown in the result); may be empty.</param>
/// <param name="TotalArea">专有部分总面积 — total exclusive area in scope, m², greater than 0.</param>
/// <param name="AgreeingArea">Exclusive area of the agreeing owners, m², from 0 to <paramref name="TotalArea"/>.</param>
/// <param name="TotalOwners">总人数 — owners in scope, at least 1 (one owner of several flats counts once).</param>
/// <param name="AgreeingOwners">Agreeing owners, from 0 to <paramref name="TotalOwners"/>.</param>
/// <param name="AffectedOwners">Owners of the unit directly affected in light, ventilation or noise, from 0 to <paramref name="TotalOwners"/>.</param>
/// <param name="AffectedOwnersAgreeing">Of them, those who agree, from 0 to <paramref name="AffectedOwners"/>.</param>
public sealed record ConsentTally(
    string UnitEntrance,
    decimal TotalArea,
    decimal AgreeingArea,
    int TotalOwners,
    int AgreeingOwners,
    int AffectedOwners,
    int AffectedOwnersAgreeing);

/// <summary>专有部分 — one flat (exclusive part) of an owner. Source: 海行规发〔2017〕6号 二「专有部分占建筑物总面积」.</summary>
/// <param name="Id">The flat's id (room number); unique in the roll.</param>
/// <param name="UnitEntrance">The unit entrance it belongs to.</param>
/// <param name="ExclusiveArea">专有部分面积 — its exclusive area, m², greater than 0.</param>
public sealed record Flat(string Id, string UnitEntrance, decimal ExclusiveArea);

/// <summary>
/// 业主 — one owner and their flats. Following 最高人民法院法释〔2009〕7号 arts. 8–9, an owner of several flats counts once
/// in the head count and with the area of every flat in scope.
/// </summary>
/// <param name="Id">The owner's id; unique in the roll.</param>
/// <param name="Agrees">同意 — whether the owner agrees.</param>
/// <param name="DirectlyAffected">受到采光、通风和噪声直接影响 — directly affected in light, ventilation or noise; counted when the owner has a flat in the unit entrance of the elevator (所在单元业主).</param>
/// <param name="Flats">The owner's flats in the building, at least one.</param>
public sealed record Owner(string Id, bool Agrees, bool DirectlyAffected, IReadOnlyList<Flat> Flats);

/// <summary>
/// 业主名册 — the owners of a building (at least of the unit entrance) and who agrees, for the consent check of an
/// elevator added to <see cref="UnitEntrance"/>. With the building scope, list every owner of the building.
/// Source: 海行规发〔2017〕6号 二、三（二）.
/// </summary>
/// <param name="UnitEntrance">The unit entrance where the elevator is added; at least one flat must be in it.</param>
/// <param name="Owners">The owners, at least one.</param>
public sealed record OwnerRoll(string UnitEntrance, IReadOnlyList<Owner> Owners);

/// <summary>
/// The audited actual costs (三（七）: paid after the elevator is in use and audited) of one elevator (台), in yuan.
/// Costs shared by several elevators are allocated by the caller.
/// Source: 海行规发〔2017〕6号 三（七）、四（二）、四（三）.
/// </summary>
/// <param name="Id">The elevator's id (unit entrance or number); unique in the claim.</param>
/// <param name="PurchaseAndInstallation">购置及安装所实际发生费用, yuan, whole fen, not negative.</param>
/// <param name="UtilityRelocation">水、电、气、热、暖等改造 actual cost, yuan, whole fen, not negative.</param>
/// <param name="PowerCapacityIncrease">用电增容 actual cost, yuan, whole fen, not negative.</param>
/// <param name="PowerShortageCertified">经专业部门测算…电力不足 — a professional department has assessed that the estate lacks power; without it the increase is not covered.</param>
/// <param name="NewTechnologyCertified">有部级以上证书或相关部门认定材料 — new technology that shortens the work or cuts cost, with a ministry-level certificate or a department's recognition.</param>
public sealed record ElevatorCosts(
    string Id,
    decimal PurchaseAndInstallation,
    decimal UtilityRelocation,
    decimal PowerCapacityIncrease,
    bool PowerShortageCertified,
    bool NewTechnologyCertified);

/// <summary>补贴申请 — a subsidy claim for the elevators added to one building. Source: 海行规发〔2017〕6号 三（七）、四（二）至四（四）.</summary>
/// <param name="BuildingId">The building's id; required.</param>
/// <param name="Ownership">产权归属 — the category of the property unit or original selling unit.</param>
/// <param name="HasLegalFormalities">具有合法手续 — the building has complete legal formalities (required by 四（二）and 四（三）).</param>
/// <param name="Elevators">The elevators (台), at least one.</param>
public sealed record SubsidyClaim(string BuildingId, PropertyOwnership Ownership, bool HasLegalFormalities, IReadOnlyList<ElevatorCosts> Elevators);

/// <summary>实施主体 — an implementing body of the pilot (三（一）). Source: 海行规发〔2017〕6号 三（一）.</summary>
/// <param name="Name">Its name; unique in the portfolio.</param>
/// <param name="Selection">Tendered, or invested in / authorised in writing by the property unit (no tender needed).</param>
/// <param name="OperatingRightYears">经营权 — the operating-right term granted: its whole years, not negative.</param>
/// <param name="OperatingRightMonths">The months of the term beyond <paramref name="OperatingRightYears"/>, not negative (spec 07 E-c:
/// a term of 12 years 6 months is 12 and 6; a term given in months only is 0 and the months). Optional; default 0.</param>
public sealed record ImplementingBody(string Name, ImplementingBodySelection Selection, int OperatingRightYears, int OperatingRightMonths = 0);

/// <summary>试点 — the district's pilot as a whole: its buildings and implementing bodies, for the per-street quota and the tendered-body limit. Source: 海行规发〔2017〕6号 一、三（一）.</summary>
/// <param name="Buildings">The pilot buildings, each with its street.</param>
/// <param name="ImplementingBodies">The implementing bodies (may be empty).</param>
public sealed record PilotPortfolio(IReadOnlyList<Building> Buildings, IReadOnlyList<ImplementingBody> ImplementingBodies);

/// <summary>
/// The dates of one elevator project, checked against the 2017 timetable (五) and the payment order of 三（七）.
/// Null means "not yet" (a missing date is not checked).
/// Source: 海行规发〔2017〕6号 三（七）、五、时间安排.
/// </summary>
/// <param name="PlanFixedOn">工作方案、实施主体、点位和施工单位确定 — plan, implementing body, site and builder fixed.</param>
/// <param name="WorksCompletedOn">方案设计与审批、签订协议、施工与安装完成 — design, approval, agreements and installation complete.</param>
/// <param name="InUseOn">验收、投入使用 — accepted and in use.</param>
/// <param name="AuditedOn">审计部门审计 — audited.</param>
/// <param name="DisbursedOn">政府补贴拨付 — the subsidy disbursed to the implementing body.</param>
/// <param name="WorksStartedOn">方案设计与审批、签订协议、施工与安装 begun — the first day of the works, checked against both ends of
/// the works window 「2017年6月—10月底」 (spec 07 E-b); not after <paramref name="WorksCompletedOn"/>. Optional; default null (not checked).</param>
public sealed record ProjectTimeline(
    LocalDate? PlanFixedOn,
    LocalDate? WorksCompletedOn,
    LocalDate? InUseOn,
    LocalDate? AuditedOn,
    LocalDate? DisbursedOn,
    LocalDate? WorksStartedOn = null);

/// <summary>
/// 试点申请 — a building put forward for the pilot and its subsidy: the building, whether it has legal formalities and,
/// when at hand, its owners' consent (as a roll or as counted figures, not both). Input of
/// <see cref="ElevatorSubsidyCalculator.CheckEligibility"/> (spec 07 E-a).
/// Source: 海行规发〔2017〕6号 一、二、三（二）、四（二）、四（三）.
/// </summary>
/// <param name="Building">The building; required.</param>
/// <param name="HasLegalFormalities">具有合法手续 — the building has complete legal formalities (四（二）、四（三）); required.</param>
/// <param name="OwnerRoll">The owners of the elevator's unit entrance (or building) and who agrees. Optional; default null (consent not checked unless <paramref name="ConsentTally"/> is given).</param>
/// <param name="ConsentTally">The consent figures already counted. Optional; default null; not together with <paramref name="OwnerRoll"/>.</param>
public sealed record BuildingApplication(Building Building, bool HasLegalFormalities, OwnerRoll? OwnerRoll = null, ConsentTally? ConsentTally = null);
