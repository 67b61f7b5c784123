<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>SiteForm</name>
        <message>
            <location filename="../../app/ui/site_form.py" line="67" />
            <source>Candidate site</source>
            <translation>候选场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="75" />
            <source>e.g. 赣榆海上风电二期</source>
            <translation>例如：赣榆海上风电二期</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="107" />
            <source>Site id</source>
            <translation>场址编号</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="108" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="109" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="110" />
            <source>Turbine type</source>
            <translation>风机型号</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="111" />
            <source>Hub height</source>
            <translation>轮毂高度</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="112" />
            <source>Planned capacity</source>
            <translation>规划装机容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="113" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="114" />
            <source>County</source>
            <translation>县区</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="118" />
            <source>Repair polygon (make_valid)</source>
            <translation>修复多边形（make_valid）</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="152" />
            <source>Site id is empty: expected e.g. CS-07.</source>
            <translation>场址编号为空：应填写如 CS-07 的编号。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="154" />
            <source>Site id {id} is taken: expected a new id.</source>
            <translation>场址编号 {id} 已被占用：请填写新的编号。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="156" />
            <source>Name is empty: expected a name such as 赣榆海上风电二期.</source>
            <translation>名称为空：应填写如“赣榆海上风电二期”的名称。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="159" />
            <source>Turbine type {t} is not in windpowerlib's library (with power curve).</source>
            <translation>风机型号 {t} 不在 windpowerlib 风机库（含功率曲线）中。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="162" />
            <source>Hub height is 0: expected the hub height in m.</source>
            <translation>轮毂高度为 0：应填写以米为单位的轮毂高度。</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="165" />
            <source>new site</source>
            <translation>新场址</translation>
        </message>
        <message>
            <location filename="../../app/ui/site_form.py" line="204" />
            <source>add site {id}</source>
            <translation>添加场址 {id}</translation>
        </message>
    </context>
</TS>
