#!/usr/bin/env bash
# Pack the library and consume the .nupkg from a local folder in a fresh console project, as a .NET team
# would, computing spec example W1 (230,000 yuan). A throwaway NUGET_PACKAGES folder guarantees the
# package just packed is the one restored (TOOLCHAIN.md trap 8).
set -euo pipefail
root=$(pwd)
out="$root/artifacts/packages"
rm -rf "$out" && mkdir -p "$out"
dotnet pack src/Haidian.Rules/Haidian.Rules.csproj -c Release -o "$out" -p:EnableSourceLink=true 2>&1 | tail -n 3
nupkg=$(ls "$out"/Haidian.Rules.*.nupkg | grep -v snupkg | head -n 1)
ls "$out"/Haidian.Rules.*.snupkg >/dev/null
version=$(basename "$nupkg" .nupkg); version=${version#Haidian.Rules.}
echo "packed $nupkg (version $version)"

# The package carries README, licence, XML docs and the three target frameworks.
listing=$(unzip -l "$nupkg")
for f in README.md LICENSE lib/netstandard2.0/Haidian.Rules.dll lib/netstandard2.0/Haidian.Rules.xml \
         lib/net8.0/Haidian.Rules.dll lib/net8.0/Haidian.Rules.xml lib/net10.0/Haidian.Rules.dll lib/net10.0/Haidian.Rules.xml; do
  grep -q " $f\$" <<<"$listing" || { echo "package is missing $f"; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/consumer"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-haidian" value="$out" />
  </packageSources>
</configuration>
XML
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Haidian.Rules" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/consumer/Program.cs" <<'CS'
using Haidian.Rules.WaterCompensation;
using NodaTime;

var w1 = new SectionMonth(new YearMonth(2018, 3), WaterClass.IV, WaterClass.IV, WaterBodyType.River,
    Dry: false, HasInflow: false, new Concentrations(52m, null, 3.2m, 0.35m), null);
var result = new WaterCompensationCalculator().Calculate(w1, "S1");
foreach (var line in result.Lines)
{
    Console.WriteLine($"{line.Arithmetic,-40} {line.Amount,12:N0}  {line.Citation}");
}

Console.WriteLine($"W1 = {result.Amount:N0} yuan (Haidian.Rules {result.Provenance.PackageVersion})");
return result.Amount == 230_000m ? 0 : 1;
CS
# Keep the consumer outside the repository's Directory.Build.props / Directory.Packages.props.
(cd "$work/consumer" && NUGET_PACKAGES="$work/nuget-packages" dotnet run -c Release)
echo "package-consumer check passed"
