import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  type GeoJSONStoreFeatures,
  type GeoJSONStoreGeometries,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { computed, onBeforeUnmount, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { DEFAULT_AIM, type CameraAim, type DrawTool, type MeasureDraft } from '../composables/useMeasureDraft';
import type { Geometry } from '../types/geojson';
import { pointCoordinates } from '../utils/geo';
import { bearingAndDistance, destination } from './cameraWedge';
import { DRAFT_VIEW_SOURCE, draftViewFill, draftViewOutline } from './layerStyles';
import { coverageColors } from './palette';
import { markDraftForTests } from './testHooks';

export interface MeasureDrawingOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  /** Null for the roles that may not propose measures. */
  draft: MeasureDraft | null;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const INK = coverageColors.draft;
const WHITE = '#ffffff';

/** One decimal: what a person can set in the form, and what the aim point is put back from. */
const tenth = (value: number): number => Math.round(value * 10) / 10;
const sameAim = (a: CameraAim | null, b: CameraAim | null): boolean =>
  !!a && !!b && a.directionDeg === b.directionDeg && a.rangeM === b.rangeM;

/**
 * Terra Draw's modes, one per tool. A camera is drawn with a point mode of its own: the first click
 * places the camera, the second point is where it looks (its direction and range); a further click
 * moves that aim point, and both can be dragged.
 */
function createDraw(map: MapLibreMap, isAim: (id: unknown) => boolean): TerraDraw {
  // A white edge keeps the vertices apart from the orange and red fills they are drawn on.
  const vertices = {
    closingPointColor: INK,
    closingPointWidth: 6,
    closingPointOutlineColor: WHITE,
    closingPointOutlineWidth: 2,
    coordinatePointColor: INK,
    coordinatePointWidth: 5,
    coordinatePointOutlineColor: WHITE,
    coordinatePointOutlineWidth: 2,
  } as const;
  const line = { ...vertices, lineStringColor: INK, lineStringWidth: 4 } as const;
  const polygon = { ...vertices, fillColor: INK, fillOpacity: 0.2, outlineColor: INK, outlineWidth: 3 } as const;
  return new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPointMode({ modeName: 'point', editable: true, styles: { pointColor: INK, pointWidth: 8, pointOutlineColor: WHITE, pointOutlineWidth: 2 } }),
      new TerraDrawLineStringMode({ modeName: 'linestring', editable: true, styles: line }),
      new TerraDrawPolygonMode({ modeName: 'polygon', editable: true, styles: polygon }),
      new TerraDrawPointMode({
        modeName: 'camera',
        editable: true,
        styles: {
          pointColor: (feature) => (isAim(feature.id) ? WHITE : INK),
          pointWidth: (feature) => (isAim(feature.id) ? 7 : 9),
          pointOutlineColor: (feature) => (isAim(feature.id) ? INK : WHITE),
          pointOutlineWidth: 3,
        },
      }),
    ],
  });
}

const geometryOf = (feature: GeoJSONStoreFeatures | undefined): Geometry | null =>
  feature ? (feature.geometry as unknown as Geometry) : null;

/**
 * Drawing a new measure on the map with Terra Draw, for the form in the panel: the finished shape
 * (one at a time) goes into the draft, and for a camera the direction and range follow its aim
 * point, whose wedge is drawn live. Typed numbers move the aim point in turn.
 */
export function useMeasureDrawing({ map, loaded, draft }: MeasureDrawingOptions): { drawing: ComputedRef<boolean> } {
  const drawing = computed(() => !!draft?.tool.value);
  let draw: TerraDraw | null = null;
  let drawnOn: MapLibreMap | null = null;
  let shapeId: unknown = null;
  let cameraId: unknown = null;
  let aimId: unknown = null;
  /** The aim last taken from the map, so that the form's echo of it does not move the point back. */
  let aimFromMap: CameraAim | null = null;

  const snapshot = (id: unknown): GeoJSONStoreFeatures | undefined =>
    id !== null && draw?.hasFeature(id as string) ? draw.getSnapshotFeature(id as string) : undefined;

  const syncShape = (): void => draft?.setShape(geometryOf(snapshot(shapeId)));

  const syncCamera = (): void => {
    if (!draft) return;
    const camera = pointCoordinates(geometryOf(snapshot(cameraId)));
    draft.setShape(camera ? { type: 'Point', coordinates: camera } : null);
    const aim = pointCoordinates(geometryOf(snapshot(aimId)));
    if (!camera || !aim) return;
    const { bearingDeg, distanceM } = bearingAndDistance(camera, aim);
    aimFromMap = { directionDeg: tenth(bearingDeg) % 360, rangeM: Math.max(1, tenth(distanceM)) };
    draft.setAim(aimFromMap);
  };

  /** Puts the aim point where the draft's direction and range say, adding it when there is none yet. */
  const placeAim = (aim: CameraAim): void => {
    const camera = pointCoordinates(geometryOf(snapshot(cameraId)));
    if (!draw || !camera) return;
    const geometry = { type: 'Point', coordinates: destination(camera, aim.directionDeg, aim.rangeM) } as GeoJSONStoreGeometries;
    if (snapshot(aimId)) {
      draw.updateFeatureGeometry(aimId as string, geometry);
      return;
    }
    const id = draw.getFeatureId();
    const [result] = draw.addFeatures([{ id, type: 'Feature', geometry, properties: { mode: 'camera' } }]);
    if (result?.valid) aimId = id;
  };

  const onCameraFinish = (id: unknown, action: string): void => {
    if (!draw) return;
    if (action === 'draw') {
      if (cameraId === null) {
        cameraId = id;
        placeAim(draft?.aim.value ?? DEFAULT_AIM);
      } else {
        // A further click aims the camera there.
        const geometry = snapshot(id)?.geometry;
        draw.removeFeatures([id as string]);
        if (geometry && snapshot(aimId)) draw.updateFeatureGeometry(aimId as string, geometry);
      }
    }
    syncCamera();
  };

  const onShapeFinish = (id: unknown, action: string): void => {
    if (!draw) return;
    if (action === 'draw') {
      // One shape per measure: a new one replaces the one before.
      const others = draw.getSnapshot().map((f) => f.id).filter((other) => other !== id);
      if (others.length) draw.removeFeatures(others as string[]);
      shapeId = id;
    }
    if (id === shapeId) syncShape();
  };

  const forget = (): void => {
    shapeId = cameraId = aimId = null;
    aimFromMap = null;
  };

  const start = (instance: MapLibreMap, tool: DrawTool): void => {
    // Before Terra Draw adds its layers, so the wedge lies under the points that are dragged.
    if (!instance.getSource(DRAFT_VIEW_SOURCE)) {
      instance.addSource(DRAFT_VIEW_SOURCE, { type: 'geojson', data: EMPTY });
      instance.addLayer(draftViewFill);
      instance.addLayer(draftViewOutline);
    }
    if (!draw || drawnOn !== instance) {
      stop();
      draw = createDraw(instance, (id) => id !== null && id === aimId);
      draw.start();
      drawnOn = instance;
      draw.on('finish', (id, context) => (context.mode === 'camera' ? onCameraFinish(id, context.action) : onShapeFinish(id, context.action)));
      draw.on('change', (ids, type, context) => {
        // Our own updates (placeAim) are followed by an explicit sync.
        if (context && 'origin' in context && context.origin === 'api') return;
        if (draft?.tool.value === 'camera') {
          if (ids.includes(cameraId as string) || ids.includes(aimId as string)) syncCamera();
        } else if (shapeId !== null && ids.includes(shapeId as string)) {
          if (type === 'delete') draft?.setShape(null);
          else syncShape();
        }
      });
    }
    draw.clear();
    forget();
    draw.setMode(tool);
  };

  function stop(): void {
    if (draw?.enabled) draw.stop();
    draw = null;
    drawnOn?.getSource<GeoJSONSource>(DRAFT_VIEW_SOURCE)?.setData(EMPTY);
    drawnOn = null;
    forget();
  }

  const markForTests = (): void => {
    const tool = draft?.tool.value ?? null;
    markDraftForTests(tool ? { mode: tool, geometry: draft?.geometry.value?.type ?? null, view: !!draft?.preview.value } : null);
  };

  if (draft) {
    watch(
      [map, loaded, draft.tool],
      ([instance, isLoaded, tool]) => {
        if (!instance || !isLoaded || !tool) stop();
        else start(instance, tool);
        markForTests();
      },
      { immediate: true },
    );
    watch(draft.aim, (aim) => {
      if (draft.tool.value !== 'camera' || !aim || sameAim(aim, aimFromMap) || !(aim.rangeM > 0) || !Number.isFinite(aim.directionDeg)) return;
      placeAim(aim);
      aimFromMap = aim;
    });
    watch(draft.geometry, markForTests);
    watch(draft.preview, (preview) => {
      const instance = drawnOn;
      instance?.getSource<GeoJSONSource>(DRAFT_VIEW_SOURCE)?.setData(preview ? { type: 'Feature', geometry: preview, properties: {} } : EMPTY);
      if (!instance) return markForTests();
      // Said once the wedge is on screen.
      instance.once('idle', markForTests);
      instance.triggerRepaint();
    });
  }

  onBeforeUnmount(() => {
    stop();
    markDraftForTests(null);
  });

  return { drawing };
}
