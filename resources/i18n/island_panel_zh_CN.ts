<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>IslandPanel</name>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="35" />
            <source>Energy island</source>
            <extracomment>Series colours (generation: wind blue, PV amber, ocean teal; uses: export, electrolyser, storage, curtailment). Uses of the hour's energy; they add up to generation plus storage discharge (charge is counted at the storage terminals, so its losses are inside it).</extracomment>
            <translation>海上能源岛</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="40" />
            <source>Offshore wind [MWh]</source>
            <translation>海上风电 [MWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="40" />
            <source>Offshore PV [MWh]</source>
            <translation>海上光伏 [MWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="41" />
            <source>Ocean energy [MWh]</source>
            <translation>海洋能 [MWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="41" />
            <source>Exported by cable [MWh]</source>
            <translation>经送出海缆外送 [MWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="42" />
            <source>Into electrolyser [MWh]</source>
            <translation>送入电解槽 [MWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="42" />
            <source>Hydrogen [t]</source>
            <translation>氢气 [t]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="43" />
            <source>Storage discharge [MWh]</source>
            <translation>储能放电 [MWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="43" />
            <source>Storage losses [MWh]</source>
            <translation>储能损耗 [MWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="44" />
            <source>Curtailed [MWh]</source>
            <translation>弃电 [MWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="45" />
            <source>wind</source>
            <translation>风电</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="45" />
            <source>PV</source>
            <translation>光伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="45" />
            <source>ocean</source>
            <translation>海洋能</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="45" />
            <source>export</source>
            <translation>外送</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="46" />
            <source>electrolyser</source>
            <translation>电解槽制氢</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="46" />
            <source>storage charge</source>
            <translation>储能充电</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="47" />
            <source>storage losses</source>
            <translation>储能损耗</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="47" />
            <source>curtailed</source>
            <translation>弃电</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="124" />
            <source>Run hourly balance</source>
            <translation>运行逐时平衡计算</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="125" />
            <source>built components only</source>
            <translation>仅计已建设施</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="126" />
            <source>Annual balance</source>
            <translation>年度电量平衡</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="129" />
            <source>Week of the year</source>
            <translation>年内周次</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="130" />
            <source>Planned vs built</source>
            <translation>规划与已建对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="131" />
            <source>Component</source>
            <translation>设施</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="131" />
            <source>Planned [MW]</source>
            <translation>规划 [MW]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="131" />
            <source>Built [MW]</source>
            <translation>已建 [MW]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="132" />
            <source>Built share</source>
            <translation>已建比例</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="145" />
            <source>Press “Run hourly balance” to balance the island over the default year.</source>
            <translation>点击“运行逐时平衡计算”，按默认典型年计算能源岛电量平衡。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="181" />
            <source>Running the hourly balance…</source>
            <translation>正在进行逐时平衡计算…</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="191" />
            <source>Energy-island balance</source>
            <translation>能源岛电量平衡</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="211" />
            <source>Weather: {source}</source>
            <translation>气象数据：{source}</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="213" />
            <source>No generation: every figure is zero because nothing generates.</source>
            <translation>无发电：没有发电设施，所有数值均为零。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="254" />
            <source>generation [MW]</source>
            <translation>发电 [MW]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="255" />
            <source>use [MW]</source>
            <translation>去向 [MW]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/island_panel.py" line="258" />
            <source>hour of week {week} (from {start})</source>
            <translation>第 {week} 周的小时（自 {start} 起）</translation>
        </message>
    </context>
</TS>
