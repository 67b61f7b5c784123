<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>YieldPanel</name>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="60" />
            <source>Yield</source>
            <translation>发电量</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="385" />
            <source>Site</source>
            <translation>场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="386" />
            <source>Latitude [°N]</source>
            <translation>纬度 [°N]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="387" />
            <source>Longitude [°E]</source>
            <translation>经度 [°E]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="388" />
            <source>Pick point on map</source>
            <translation>在地图上取点</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="389" />
            <source>Click the map to choose the site; or select a building or a candidate site</source>
            <translation>点击地图选择场址；也可选择建筑或候选场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="391" />
            <source>PV</source>
            <translation>光伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="392" />
            <source>Wind</source>
            <translation>风电</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="393" />
            <source>Capacity [kWp]</source>
            <translation>装机容量 [kWp]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="394" />
            <source>Tilt [°]</source>
            <translation>倾角 [°]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="395" />
            <source>Azimuth [°, 180 = south]</source>
            <translation>方位角 [°，180 = 正南]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="396" />
            <source>Mount</source>
            <translation>安装方式</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="397" />
            <source>Roof (close mount)</source>
            <translation>屋顶（贴合安装）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="397" />
            <source>Open rack (ground)</source>
            <translation>开放支架（地面）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="398" />
            <source>Floating (offshore)</source>
            <translation>漂浮式（海上）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="401" />
            <source>DC/AC ratio</source>
            <translation>容配比（直流/交流）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="402" />
            <source>Losses [%]</source>
            <translation>系统损失 [%]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="403" />
            <source>Soiling</source>
            <translation>积灰</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="403" />
            <source>Shading</source>
            <translation>遮挡</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="403" />
            <source>Snow</source>
            <translation>积雪</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="404" />
            <source>Mismatch</source>
            <translation>失配</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="404" />
            <source>Wiring</source>
            <translation>线损</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="405" />
            <source>Connections</source>
            <translation>连接</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="405" />
            <source>Light-induced degradation</source>
            <translation>光致衰减</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="406" />
            <source>Nameplate rating</source>
            <translation>铭牌偏差</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="406" />
            <source>Age</source>
            <translation>老化</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="407" />
            <source>Availability</source>
            <translation>可利用率</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="411" />
            <source>Turbine type</source>
            <translation>风机型号</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="412" />
            <source>Type to search…</source>
            <translation>输入以搜索…</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="413" />
            <source>Hub height [m]</source>
            <translation>轮毂高度 [m]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="414" />
            <source>Roughness</source>
            <translation>地表粗糙度</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="415" />
            <source>Land (z0 {z0:g} m)</source>
            <translation>陆地（z0 {z0:g} m）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="415" />
            <source>Coast (z0 {z0:g} m)</source>
            <translation>海岸（z0 {z0:g} m）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="416" />
            <source>Sea (z0 {z0:g} m)</source>
            <translation>海面（z0 {z0:g} m）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="421" />
            <source>Wind speeds come from the weather (10 m, scaled to hub height with the roughness); the site's coordinates do not change them.</source>
            <translation>风速取自气象数据（10 m 高度，按粗糙度推算至轮毂高度）；场址坐标不影响风速。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="423" />
            <source>Weather</source>
            <translation>气象数据</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="424" />
            <source>Default year</source>
            <translation>默认典型年</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="425" />
            <source>Import weather file…</source>
            <translation>导入气象文件…</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="427" />
            <source>Run</source>
            <translation>计算</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="428" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="429" />
            <source>Capacity factor</source>
            <translation>容量系数</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="430" />
            <source>Avoided CO2</source>
            <translation>减排 CO2</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="542" />
            <source>Select a building or a candidate site on the map, pick a point, or type coordinates.</source>
            <translation>在地图上选择建筑或候选场址、取点，或输入坐标。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="544" />
            <source>Point picked on the map</source>
            <translation>地图上选取的点</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="547" />
            <source>Building</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="547" />
            <source>Candidate site</source>
            <translation>候选场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="548" />
            <source>Feature of layer {layer}</source>
            <translation>图层 {layer} 的要素</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="551" />
            <source>(first of {count} selected)</source>
            <translation>（已选 {count} 个，取第一个）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="579" />
            <source>Combined system losses: {pct} %</source>
            <translation>综合系统损失：{pct} %</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="589" />
            <source>{manufacturer}, {power} kW</source>
            <translation>{manufacturer}，{power} kW</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="592" />
            <source>rotor {diameter} m</source>
            <translation>风轮直径 {diameter} m</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="594" />
            <source>listed hub heights {heights} m</source>
            <translation>标称轮毂高度 {heights} m</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="686" />
            <location filename="../../app/ui/panels/yield_panel.py" line="714" />
            <source>Import weather file</source>
            <translation>导入气象文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="687" />
            <source>Weather files (*.epw *.csv *.json *.tm3 *.tmy3);;All files (*)</source>
            <translation>气象文件 (*.epw *.csv *.json *.tm3 *.tmy3);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="695" />
            <source>Reading weather file</source>
            <translation>正在读取气象文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="718" />
            <source>Built-in Lianyungang default year (generated from station normals)</source>
            <translation>内置连云港默认典型年（由气象站累年月值生成）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="721" />
            <source>Imported: {source} ({hours} h; site {lat}°N {lon}°E)</source>
            <translation>已导入：{source}（{hours} 小时；站点 {lat}°N {lon}°E）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="734" />
            <source>Preparing weather</source>
            <translation>正在准备气象数据</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="734" />
            <source>Running the PV model (pvlib)</source>
            <translation>正在运行光伏模型（pvlib）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="735" />
            <source>Running the wind model (windpowerlib)</source>
            <translation>正在运行风电模型（windpowerlib）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="761" />
            <source>Yield: PV</source>
            <translation>发电量：光伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="761" />
            <source>Yield: wind</source>
            <translation>发电量：风电</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="795" />
            <source>Specific yield</source>
            <translation>单位容量发电量</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="796" />
            <source>System losses</source>
            <translation>系统损失</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="800" />
            <location filename="../../app/ui/panels/yield_panel.py" line="817" />
            <source>Annual energy</source>
            <translation>年发电量</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="803" />
            <source>Press Run to compute the yield.</source>
            <translation>点击“计算”得出发电量。</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="805" />
            <source>No result yet</source>
            <translation>尚无结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="812" />
            <source>PV {kwp} kWp, tilt {tilt}°, azimuth {azimuth}°, {mount}, DC/AC {ratio} at {lat}°N {lon}°E</source>
            <translation>光伏 {kwp} kWp，倾角 {tilt}°，方位角 {azimuth}°，{mount}，容配比 {ratio}，位于 {lat}°N {lon}°E</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="819" />
            <source>{value} kWh/kWp ({hours} full-load hours)</source>
            <translation>{value} kWh/kWp（满发小时数 {hours}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="827" />
            <source>Wind: one {turbine} at {hub} m hub height, roughness {z0} m</source>
            <translation>风电：单台 {turbine}，轮毂高度 {hub} m，粗糙度 {z0} m</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="830" />
            <source>Annual energy (one turbine)</source>
            <translation>年发电量（单台）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="831" />
            <source>Full-load hours</source>
            <translation>满发小时数</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="832" />
            <source>{hours} h</source>
            <translation>{hours} 小时</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="834" />
            <source>Mean wind speed at hub</source>
            <translation>轮毂高度平均风速</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="835" />
            <source>{speed} m/s</source>
            <translation>{speed} m/s</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="836" />
            <source>{kwh} kWh ({mwh} MWh)</source>
            <translation>{kwh} kWh（{mwh} MWh）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="839" />
            <source>{tonnes} t/yr (grid factor {factor} tCO2/MWh)</source>
            <translation>{tonnes} 吨/年（电网排放因子 {factor} tCO2/MWh）</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="846" />
            <source>Monthly energy</source>
            <translation>逐月发电量</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="847" />
            <source>Energy [MWh]</source>
            <translation>电量 [MWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="847" />
            <source>Energy [kWh]</source>
            <translation>电量 [kWh]</translation>
        </message>
        <message>
            <location filename="../../app/ui/panels/yield_panel.py" line="848" />
            <source>Weather: {source}</source>
            <translation>气象数据：{source}</translation>
        </message>
    </context>
</TS>
