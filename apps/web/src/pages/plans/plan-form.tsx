import type { Page } from '@app/contract';
import { useCallback, useRef, useState } from 'react';
import type { ApiFailure } from '../../api/client';
import { useApi } from '../../api/use-api';
import { JointListPicker } from '../registers/joint-list-picker';
import type { JointItemListView } from '../registers/views';
import { ChoiceGroup } from '../../components/choice-group';
import { Field } from '../../components/field';
import { useRefusals } from '../../components/refusals/use-refusals';
import { useI18n } from '../../i18n/i18n';
import { DepartmentItems } from './department-items';
import { type PlanFormValues, keepItemsOf, withJointList } from './plan-form-model';
import { CREDIT_RISK_CLASSES, ENTITY_KINDS, SCALES } from '../../api/vocabulary';
import type { CheckItem } from './plan-model';
import type { Department } from '../../api/use-departments';

/**
 * The fields of a plan, for drafting it (`prefix` '') or adjusting it (`prefix` 'changes.', as the
 * api names the fields of an adjustment; the year and the lead department do not change).
 */
export function PlanFields({
  values,
  onChange,
  error,
  prefix,
  departments,
  leadChoosable,
}: {
  values: PlanFormValues;
  onChange: (values: PlanFormValues) => void;
  error?: ApiFailure;
  prefix: '' | 'changes.';
  departments: Department[];
  /** An administrator drafts for any department; an operator for their own. */
  leadChoosable: boolean;
}) {
  const { t } = useI18n();
  const drafting = prefix === '';
  const itemsReason = useRefusals().reasonFor(error, `${prefix}itemIds`);
  const set = <K extends keyof PlanFormValues>(key: K, value: PlanFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const departmentOfItem = useRef(new Map<string, string>());
  const seen = useCallback((items: CheckItem[]) => {
    for (const item of items) departmentOfItem.current.set(item.id, item.departmentId);
  }, []);
  const nameOf = (id: string) => departments.find((d) => d.id === id)?.name ?? id;
  const jointLists = useApi<Page<JointItemListView>>('/api/joint-item-lists', {
    limit: 1000,
    status: 'active',
  });
  const [jointListId, setJointListId] = useState('');
  const chooseJointList = (list: JointItemListView) => {
    setJointListId(list.id);
    // Adjusting keeps the lead (the api does not change it); drafting follows leadChoosable.
    onChange(withJointList(values, list, drafting && leadChoosable));
  };
  // A joint office (联席办) takes plans' filings; it neither leads nor cooperates in one.
  const inspecting = departments.filter((d) => d.kind !== 'joint-office');
  const others = inspecting.filter((d) => d.id !== values.leadDepartmentId).map((d) => d.id);
  const inPlan = [values.leadDepartmentId, ...values.cooperatingDepartmentIds].filter(Boolean);

  const chooseDepartments = (cooperating: string[]) =>
    onChange({
      ...values,
      cooperatingDepartmentIds: cooperating,
      itemIds: keepItemsOf(values.itemIds, departmentOfItem.current, [
        values.leadDepartmentId,
        ...cooperating,
      ]),
    });
  const chooseLead = (lead: string) =>
    onChange({
      ...values,
      leadDepartmentId: lead,
      cooperatingDepartmentIds: values.cooperatingDepartmentIds.filter((id) => id !== lead),
      itemIds: keepItemsOf(values.itemIds, departmentOfItem.current, [
        lead,
        ...values.cooperatingDepartmentIds,
      ]),
    });
  const toggleItem = (itemId: string, on: boolean) =>
    set('itemIds', on ? [...values.itemIds, itemId] : values.itemIds.filter((id) => id !== itemId));

  return (
    <>
      <fieldset className="choice-group">
        <legend>{t('plans.basics')}</legend>
        <div className="form-row">
          {drafting ? (
            <Field label={t('plans.year')} name="year" error={error} required>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={2000}
                  max={2100}
                  value={values.year}
                  onChange={(e) => set('year', e.target.value)}
                  required
                />
              )}
            </Field>
          ) : null}
          {drafting ? (
            <Field label={t('plans.leadDepartment')} name="leadDepartmentId" error={error} required>
              {(p) => (
                <select
                  {...p}
                  value={values.leadDepartmentId}
                  onChange={(e) => chooseLead(e.target.value)}
                  disabled={!leadChoosable}
                  required
                >
                  <option value="">{t('plans.chooseDepartment')}</option>
                  {inspecting.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </div>
        <Field label={t('plans.name')} name={`${prefix}name`} error={error} required>
          {(p) => (
            <input
              {...p}
              value={values.name}
              onChange={(e) => set('name', e.target.value)}
              maxLength={200}
              placeholder={t('plans.namePlaceholder')}
              required
            />
          )}
        </Field>
      </fieldset>

      <JointListPicker
        lists={jointLists.data?.items ?? []}
        chosen={jointListId}
        onChoose={chooseJointList}
        nameOf={nameOf}
      />

      <ChoiceGroup
        legend={t('plans.cooperatingDepartments')}
        name={`${prefix}cooperatingDepartmentIds`}
        error={error}
        options={others.map((id) => ({ value: id, label: nameOf(id) }))}
        chosen={values.cooperatingDepartmentIds}
        onChange={chooseDepartments}
        hint={t('plans.cooperatingHint')}
      />

      <fieldset
        className={`choice-group${itemsReason ? ' field-invalid' : ''}`}
        aria-describedby="plan-items-count"
      >
        <legend>{t('plans.items')}</legend>
        <p id="plan-items-count" className="field-hint">
          {t('plans.itemsChosen', { n: values.itemIds.length })}
        </p>
        {inPlan.length === 0 ? <p className="state state-empty">{t('plans.chooseLeadFirst')}</p> : null}
        {inPlan.map((id) => (
          <DepartmentItems
            key={id}
            departmentId={id}
            departmentName={nameOf(id)}
            chosen={values.itemIds}
            onToggle={toggleItem}
            onSeen={seen}
          />
        ))}
        {itemsReason ? (
          <small className="field-error" role="alert">
            {itemsReason}
          </small>
        ) : null}
      </fieldset>

      <fieldset className="choice-group">
        <legend>{t('plans.targets')}</legend>
        <p className="field-hint">{t('plans.targetsHint')}</p>
        <ChoiceGroup
          legend={t('plans.kinds')}
          name={`${prefix}targetCriteria.kinds`}
          error={error}
          options={ENTITY_KINDS.map((kind) => ({ value: kind, label: t(`plans.kind.${kind}`) }))}
          chosen={values.kinds}
          onChange={(kinds) => set('kinds', kinds)}
        />
        <ChoiceGroup
          legend={t('plans.scales')}
          name={`${prefix}targetCriteria.scales`}
          error={error}
          options={SCALES.map((scale) => ({ value: scale, label: t(`plans.scale.${scale}`) }))}
          chosen={values.scales}
          onChange={(scales) => set('scales', scales)}
        />
        <div className="form-row">
          <Field
            label={t('plans.regionCodes')}
            name={`${prefix}targetCriteria.regionCodes`}
            error={error}
            hint={t('plans.regionCodesHint')}
          >
            {(p) => (
              <input {...p} value={values.regionCodes} onChange={(e) => set('regionCodes', e.target.value)} />
            )}
          </Field>
          <Field
            label={t('plans.industryCodes')}
            name={`${prefix}targetCriteria.industryCodes`}
            error={error}
            hint={t('plans.industryCodesHint')}
          >
            {(p) => (
              <input
                {...p}
                value={values.industryCodes}
                onChange={(e) => set('industryCodes', e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('plans.tags')}
            name={`${prefix}targetCriteria.tags`}
            error={error}
            hint={t('plans.tagsHint')}
          >
            {(p) => <input {...p} value={values.tags} onChange={(e) => set('tags', e.target.value)} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="choice-group">
        <legend>{t('plans.ratios')}</legend>
        <p className="field-hint">{t('plans.ratiosHint')}</p>
        <div className="plans-ratios">
          {CREDIT_RISK_CLASSES.map((risk) => (
            <Field
              key={risk}
              label={t(`plans.ratio.${risk}`)}
              name={`${prefix}ratiosByCreditRisk.${risk}`}
              error={error}
            >
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={0}
                  max={100}
                  step="any"
                  value={values.ratios[risk]}
                  onChange={(e) => set('ratios', { ...values.ratios, [risk]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="choice-group">
        <legend>{t('plans.window')}</legend>
        <div className="form-row">
          <Field label={t('plans.windowFrom')} name={`${prefix}window.from`} error={error} required>
            {(p) => (
              <input
                {...p}
                type="date"
                value={values.windowFrom}
                onChange={(e) => set('windowFrom', e.target.value)}
                required
              />
            )}
          </Field>
          <Field label={t('plans.windowTo')} name={`${prefix}window.to`} error={error} required>
            {(p) => (
              <input
                {...p}
                type="date"
                value={values.windowTo}
                onChange={(e) => set('windowTo', e.target.value)}
                required
              />
            )}
          </Field>
        </div>
      </fieldset>
    </>
  );
}
