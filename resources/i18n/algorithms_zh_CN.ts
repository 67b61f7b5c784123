<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Algorithm</name>
        <message>
            <source>PV yield</source>
            <translation>光伏发电量</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>site latitude, north positive</source>
            <translation>场址纬度，北纬为正</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>site longitude, east positive</source>
            <translation>场址经度，东经为正</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>装机容量</translation>
        </message>
        <message>
            <source>DC nameplate capacity</source>
            <translation>直流侧额定容量</translation>
        </message>
        <message>
            <source>Tilt</source>
            <translation>倾角</translation>
        </message>
        <message>
            <source>tilt of the modules from horizontal</source>
            <translation>组件相对水平面的倾角</translation>
        </message>
        <message>
            <source>Azimuth</source>
            <translation>方位角</translation>
        </message>
        <message>
            <source>azimuth of the modules clockwise from north, 180 = south</source>
            <translation>组件方位角，自正北顺时针计，180 为正南</translation>
        </message>
        <message>
            <source>Mount</source>
            <translation>安装方式</translation>
        </message>
        <message>
            <source>mounting, which sets the SAPM cell temperature model</source>
            <translation>安装方式，决定 SAPM 电池温度模型</translation>
        </message>
        <message>
            <source>Roof (close mount)</source>
            <translation>屋顶（贴近安装）</translation>
        </message>
        <message>
            <source>Open rack (ground)</source>
            <translation>开放支架（地面）</translation>
        </message>
        <message>
            <source>Floating (offshore)</source>
            <translation>漂浮（海上）</translation>
        </message>
        <message>
            <source>Weather file</source>
            <translation>气象文件</translation>
        </message>
        <message>
            <source>EPW, TMY3, PVGIS TMY/hourly (json/csv), windpowerlib or pvlib-named CSV; default: the project's weather, else the built-in Lianyungang default year</source>
            <translation>EPW、TMY3、PVGIS 典型年/逐时（json/csv）、windpowerlib 或 pvlib 列名的 CSV；默认：项目的气象数据，否则为内置连云港默认典型年</translation>
        </message>
        <message>
            <source>DC nameplate over inverter AC rating</source>
            <translation>直流额定容量与逆变器交流额定容量之比</translation>
        </message>
        <message>
            <source>Losses</source>
            <translation>系统损失</translation>
        </message>
        <message>
            <source>PVWatts loss percentages, e.g. soiling=3,shading=0; names not given keep their defaults</source>
            <translation>PVWatts 损失百分比，例如 soiling=3,shading=0；未给出的项保持默认值</translation>
        </message>
        <message>
            <source>CEC module</source>
            <translation>CEC 组件</translation>
        </message>
        <message>
            <source>CEC module name from pvlib's bundled database (advanced; default: the PVWatts DC model)</source>
            <translation>pvlib 自带 CEC 数据库中的组件名称（高级；默认：PVWatts 直流模型）</translation>
        </message>
        <message>
            <source>power temperature coefficient of the PVWatts DC model</source>
            <translation>PVWatts 直流模型的功率温度系数</translation>
        </message>
        <message>
            <source>nominal inverter efficiency</source>
            <translation>逆变器额定效率</translation>
        </message>
        <message>
            <source>Wind turbine yield</source>
            <translation>单台风机发电量</translation>
        </message>
        <message>
            <source>Turbine type</source>
            <translation>风机型号</translation>
        </message>
        <message>
            <source>turbine type (see 'lygsite turbines')</source>
            <translation>风机型号（见 “lygsite turbines”）</translation>
        </message>
        <message>
            <source>Hub height</source>
            <translation>轮毂高度</translation>
        </message>
        <message>
            <source>height of the rotor centre above ground; the turbine's own range applies</source>
            <translation>风轮中心离地高度；须在该机型的适用范围内</translation>
        </message>
        <message>
            <source>Roughness</source>
            <translation>地表粗糙度</translation>
        </message>
        <message>
            <source>roughness length in m, or land|coast|sea (default: the weather file's, else land)</source>
            <translation>粗糙度长度（米），或 land|coast|sea（默认：气象文件中的值，否则为陆地）</translation>
        </message>
        <message>
            <source>Land (farmland)</source>
            <translation>陆地（农田）</translation>
        </message>
        <message>
            <source>Coast (tidal flats)</source>
            <translation>沿海（滩涂）</translation>
        </message>
        <message>
            <source>Sea</source>
            <translation>海面</translation>
        </message>
        <message>
            <source>Rooftop PV potential</source>
            <translation>屋顶光伏潜力</translation>
        </message>
        <message>
            <source>Building inventory</source>
            <translation>建筑清单</translation>
        </message>
        <message>
            <source>building inventory (any GDAL vector, or XLSX/CSV with lon/lat + footprint area)</source>
            <translation>建筑清单（GDAL 可读的任意矢量格式，或含经纬度与占地面积的 XLSX/CSV）</translation>
        </message>
        <message>
            <source>Output file</source>
            <translation>输出文件</translation>
        </message>
        <message>
            <source>output file: .gpkg, .shp or .geojson (never the input file)</source>
            <translation>输出文件：.gpkg、.shp 或 .geojson（不得为输入文件）</translation>
        </message>
        <message>
            <source>Coordinates of the input</source>
            <translation>输入数据的坐标系</translation>
        </message>
        <message>
            <source>declare the input's coordinates: gcj02, bd09, wgs84 or an EPSG code</source>
            <translation>声明输入数据的坐标：gcj02、bd09、wgs84 或 EPSG 代码</translation>
        </message>
        <message>
            <source>Attribute encoding</source>
            <translation>属性编码</translation>
        </message>
        <message>
            <source>force the attribute encoding (e.g. GBK)</source>
            <translation>指定属性表编码（如 GBK）</translation>
        </message>
        <message>
            <source>Input layer</source>
            <translation>输入图层</translation>
        </message>
        <message>
            <source>layer of a multi-layer input</source>
            <translation>多图层输入文件中的图层</translation>
        </message>
        <message>
            <source>Rooftop assumptions</source>
            <translation>屋顶光伏参数假设</translation>
        </message>
        <message>
            <source>override a rooftop assumption, e.g. --set edge_setback_m=1.5 (repeatable)</source>
            <translation>覆盖一项屋顶参数假设，例如 --set edge_setback_m=1.5（可重复）</translation>
        </message>
        <message>
            <source>Rooftop PV coverage</source>
            <translation>屋顶光伏覆盖率</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>project GeoPackage or postgresql://... URL (default: the demo project)</source>
            <translation>项目 GeoPackage 文件或 postgresql://... 地址（默认：演示项目）</translation>
        </message>
        <message>
            <source>building inventory file instead of a project</source>
            <translation>以建筑清单文件代替项目</translation>
        </message>
        <message>
            <source>Coverage by</source>
            <translation>覆盖率口径</translation>
        </message>
        <message>
            <source>coverage by roof area (default) or by count</source>
            <translation>按屋顶面积（默认）或按栋数计算覆盖率</translation>
        </message>
        <message>
            <source>Roof area</source>
            <translation>按屋顶面积</translation>
        </message>
        <message>
            <source>Building count</source>
            <translation>按建筑栋数</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>also list commercial/residential/other new buildings (target_pct null)</source>
            <translation>同时列出商业、居住及其他新建建筑（无目标值）</translation>
        </message>
        <message>
            <source>Site analysis</source>
            <translation>场址分析</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>场址</translation>
        </message>
        <message>
            <source>site_id in the candidate_sites layer (e.g. CS-02)</source>
            <translation>候选场址图层中的 site_id（如 CS-02）</translation>
        </message>
        <message>
            <source>Rule set</source>
            <translation>约束规则集</translation>
        </message>
        <message>
            <source>rule-set JSON (default: app/resources/rulesets/default.json)</source>
            <translation>规则集 JSON 文件（默认：内置默认规则集）</translation>
        </message>
        <message>
            <source>Turbine spacing</source>
            <translation>风机间距</translation>
        </message>
        <message>
            <source>spacing across x along the wind in rotor diameters, e.g. 5x8</source>
            <translation>垂直主导风向 × 沿主导风向的间距（风轮直径倍数），例如 5x8</translation>
        </message>
        <message>
            <source>Prevailing wind from</source>
            <translation>主导风向（来向）</translation>
        </message>
        <message>
            <source>prevailing wind direction, clockwise from north</source>
            <translation>主导风向，自正北顺时针计</translation>
        </message>
        <message>
            <source>Wind farm layout and yield</source>
            <translation>风电场布置与发电量</translation>
        </message>
        <message>
            <source>Energy-island balance</source>
            <translation>能源岛电量平衡</translation>
        </message>
        <message>
            <source>Hub</source>
            <translation>枢纽</translation>
        </message>
        <message>
            <source>hub comp_id (default: the first hub)</source>
            <translation>枢纽的 comp_id（默认：第一个枢纽）</translation>
        </message>
        <message>
            <source>Built components only</source>
            <translation>仅计已建组件</translation>
        </message>
        <message>
            <source>balance only built components (default: the whole design)</source>
            <translation>只平衡已建成的组件（默认：整体设计）</translation>
        </message>
        <message>
            <source>Scale station wind to the open sea</source>
            <translation>将站点风速折算至外海</translation>
        </message>
        <message>
            <source>scale the weather's 10 m station wind to the open sea (off: use it as it is)</source>
            <translation>将气象数据中 10 米站点风速折算至外海（关闭：按原值使用）</translation>
        </message>
        <message>
            <source>Plan progress</source>
            <translation>规划进展</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>截至日期</translation>
        </message>
        <message>
            <source>date given to values computed from the layers (YYYY-MM-DD; default today)</source>
            <translation>由图层计算的数值所标注的日期（YYYY-MM-DD；默认今天）</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Report file</source>
            <translation>报告文件</translation>
        </message>
        <message>
            <source>FILE.pdf or FILE.xlsx</source>
            <translation>文件.pdf 或 文件.xlsx</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>报告语言</translation>
        </message>
        <message>
            <source>report language (default zh)</source>
            <translation>报告语言（默认中文）</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>所有文件</translation>
        </message>
    </context>
</TS>
